package org.techmatch.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write-ahead log: numbered entries appended to segment files and fsynced for groups of writers. A writer
 * appends ({@link #append}), then waits in {@link #sync} until an fsync covers its entry: one writer at a time
 * forces everything appended so far, so writers that arrived meanwhile share one force().
 *
 * <p>A frame is [int length][long number][int CRC-32C of the payload][payload]. Entries are numbered 1, 2, 3 …
 * without gaps; a segment is named after the number of its first entry. Reading stops at the first frame that is
 * incomplete, fails its checksum or breaks the numbering: a torn tail, which was never fsynced and so never
 * acknowledged. {@link #open} cuts such a tail off the last segment before anything new is appended.
 *
 * <p>It also knows which logged entries are not yet applied to the index ({@link #applied}), so a commit can
 * record the number up to which every entry is in it ({@link #appliedThrough}).
 */
final class WriteAheadLog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriteAheadLog.class);
    private static final String SUFFIX = ".wal";
    private static final int HEADER = 16;
    /** A length beyond this is a torn or foreign header, not an entry (a batch of records is far smaller). */
    private static final int MAX_ENTRY = 1 << 30;

    /** One entry read back: its number and payload. */
    record Entry(long number, byte[] payload) {
    }

    private final Path directory;
    /** Held by whoever forces or swaps the segment file: a force never meets a closed or switched channel. */
    private final ReentrantLock syncLock = new ReentrantLock();
    /** Whether a writer is forcing for the group ({@link #sync}). */
    private final AtomicBoolean forcing = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Thread> syncWaiters = new ConcurrentLinkedQueue<>();
    private final Object appendLock = new Object();
    /** Entries appended but not yet applied to the index; guarded by appendLock. */
    private final TreeSet<Long> unapplied = new TreeSet<>();
    private final List<Path> segments = new ArrayList<>();
    private final List<Entry> recovered;
    private FileChannel channel;
    private long lastNumber;
    private long bytesSinceRoll;
    private long totalBytes;
    private volatile long durableNumber;
    private IOException failure;

    private WriteAheadLog(Path directory, List<Entry> recovered, long lastNumber, long totalBytes) {
        this.directory = directory;
        this.recovered = recovered;
        this.lastNumber = lastNumber;
        this.durableNumber = lastNumber;
        this.totalBytes = totalBytes;
    }

    /**
     * Opens the log in directory: reads every intact entry (kept for {@link #entriesAfter}), cuts a torn tail off
     * the last segment and starts a new segment numbered after both the log and floor (the last number a commit
     * of the index covers, which may be higher when its segments were deleted).
     */
    static WriteAheadLog open(Path directory, long floor) throws IOException {
        Files.createDirectories(directory);
        List<Path> existing = listSegments(directory);
        List<Entry> entries = new ArrayList<>();
        long last = 0;
        long bytes = 0;
        for (int i = 0; i < existing.size(); i++) {
            Path segment = existing.get(i);
            long first = firstNumber(segment);
            long valid = read(segment, first - 1, entries); // a segment's frames start at its name's number
            if (!entries.isEmpty()) {
                last = entries.getLast().number();
            } else if (last == 0) {
                last = first - 1;
            }
            long size = Files.size(segment);
            if (valid < size) {
                log.warn("Write-ahead log {}: discarding a torn tail of {} bytes after entry {} (never acknowledged)",
                        segment.getFileName(), size - valid, last);
                try (FileChannel cut = FileChannel.open(segment, StandardOpenOption.WRITE)) {
                    cut.truncate(valid);
                    cut.force(true);
                }
            }
            bytes += valid;
        }
        WriteAheadLog wal = new WriteAheadLog(directory, entries, Math.max(last, floor), bytes);
        wal.segments.addAll(existing);
        synchronized (wal.appendLock) {
            wal.startSegment();
        }
        return wal;
    }

    /** The intact entries found on opening whose number is above after, in order (the replay). */
    List<Entry> entriesAfter(long after) {
        return recovered.stream().filter(e -> e.number() > after).toList();
    }

    /** Forgets the entries read on opening once they are replayed (they can be large). */
    void recovered() {
        recovered.clear();
    }

    /** Appends one entry (not yet durable: see {@link #sync}) and returns its number. */
    long append(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.length);
        frame.putInt(payload.length).putLong(0).putInt((int) crc.getValue()).put(payload);
        synchronized (appendLock) {
            failIfBroken();
            long number = lastNumber + 1;
            frame.putLong(4, number).flip();
            try {
                while (frame.hasRemaining()) {
                    channel.write(frame);
                }
            } catch (IOException e) {
                failure = e;
                throw new StoreUnavailableException("预写日志写入失败", e);
            }
            lastNumber = number;
            unapplied.add(number);
            bytesSinceRoll += frame.limit();
            totalBytes += frame.limit();
            return number;
        }
    }

    /**
     * Returns once entry number is on disk: one force() serves every writer waiting meanwhile. One writer at a time
     * forces (the leader); the others park until its force ends and are all woken at once, then return if it
     * covered their entry or elect the next leader. Waiting in line for a lock instead woke them one by one, each
     * needing the cores before the next could go: under 50 clients on 2 cores a write waited ~140 ms for a 21 ms
     * force.
     */
    void sync(long number) {
        Thread self = Thread.currentThread();
        while (durableNumber < number) {
            if (forcing.compareAndSet(false, true)) {
                try {
                    if (durableNumber < number) {
                        forceAppended();
                    }
                } finally {
                    forcing.set(false);
                    Thread waiter;
                    while ((waiter = syncWaiters.poll()) != null) {
                        LockSupport.unpark(waiter);
                    }
                }
            } else {
                syncWaiters.add(self);
                // registered before looking, so a leader that ends after this look wakes us
                if (durableNumber < number && forcing.get()) {
                    LockSupport.park(this);
                }
                syncWaiters.remove(self);
            }
        }
    }

    /** The number up to which every entry is on disk. */
    long durableThrough() {
        return durableNumber;
    }

    /** Forces everything appended so far; a failure breaks the log, so every later write is refused. */
    private void forceAppended() {
        syncLock.lock();
        try {
            long target;
            FileChannel current;
            synchronized (appendLock) {
                failIfBroken();
                target = lastNumber;
                current = channel;
            }
            current.force(false);
            durableNumber = Math.max(durableNumber, target);
        } catch (IOException e) {
            synchronized (appendLock) {
                failure = e;
            }
            throw new StoreUnavailableException("预写日志落盘失败，写入未确认", e);
        } finally {
            syncLock.unlock();
        }
    }

    /** Marks entry number as applied to the index (or as never to be applied: the index refused it). */
    void applied(long number) {
        synchronized (appendLock) {
            unapplied.remove(number);
        }
    }

    /** The number up to which every logged entry is applied to the index. */
    long appliedThrough() {
        synchronized (appendLock) {
            return unapplied.isEmpty() ? lastNumber : unapplied.first() - 1;
        }
    }

    /** Bytes appended since the last {@link #roll}: how much a replay would read now. */
    long bytesSinceRoll() {
        synchronized (appendLock) {
            return bytesSinceRoll;
        }
    }

    /** Bytes in all segments on disk. */
    long totalBytes() {
        synchronized (appendLock) {
            return totalBytes;
        }
    }

    /**
     * Closes the current segment (forced, so later syncs need not reach back) and starts a new one, so that older
     * segments can be deleted once a commit covers them. Does nothing when the current segment is empty.
     */
    void roll() throws IOException {
        syncLock.lock();
        try {
            synchronized (appendLock) {
                failIfBroken();
                if (bytesSinceRoll == 0) {
                    return;
                }
                channel.force(false);
                durableNumber = lastNumber;
                channel.close();
                startSegment();
            }
        } finally {
            syncLock.unlock();
        }
    }

    /** Deletes the segments whose every entry is at most number (a commit of the index holds them). */
    void deleteThrough(long number) throws IOException {
        List<Path> covered = new ArrayList<>();
        synchronized (appendLock) {
            // a segment's last entry is one before the next segment's first; the current segment stays
            while (segments.size() > 1 && firstNumber(segments.get(1)) - 1 <= number) {
                covered.add(segments.removeFirst());
            }
        }
        for (Path segment : covered) {
            long size = Files.size(segment);
            Files.delete(segment);
            synchronized (appendLock) {
                totalBytes -= size;
            }
        }
    }

    private void startSegment() throws IOException {
        Path segment = directory.resolve(String.format("%019d%s", lastNumber + 1, SUFFIX));
        channel = FileChannel.open(segment, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        fsyncDirectory(); // the new file's name must survive a power loss, or its entries would be unreachable
        if (segments.isEmpty() || !segments.getLast().equals(segment)) {
            segments.add(segment); // an empty segment left by the last run is simply reused
        }
        bytesSinceRoll = 0;
    }

    private void fsyncDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory; the entries themselves are forced regardless
            log.debug("Cannot fsync {}", directory, e);
        }
    }

    private void failIfBroken() {
        if (failure != null) {
            throw new StoreUnavailableException("预写日志不可用，写入未确认", failure);
        }
    }

    /**
     * Reads the intact frames of segment into entries (numbered on from previous) and returns the length of the
     * intact prefix.
     */
    static long read(Path segment, long previous, List<Entry> entries) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(segment));
        long expected = previous + 1;
        while (data.remaining() >= HEADER) {
            int start = data.position();
            int length = data.getInt();
            long number = data.getLong();
            int checksum = data.getInt();
            if (length < 0 || length > MAX_ENTRY || length > data.remaining() || number != expected) {
                return start;
            }
            byte[] payload = new byte[length];
            data.get(payload);
            CRC32C crc = new CRC32C();
            crc.update(payload);
            if ((int) crc.getValue() != checksum) {
                return start;
            }
            entries.add(new Entry(number, payload));
            expected++;
        }
        return data.position();
    }

    static List<Path> listSegments(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    private static long firstNumber(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
    }

    @Override
    public void close() throws IOException {
        syncLock.lock();
        try {
            synchronized (appendLock) {
                if (channel.isOpen()) {
                    channel.force(false);
                    channel.close();
                }
            }
        } finally {
            syncLock.unlock();
        }
    }
}
