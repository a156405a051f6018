package org.techmatch.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write path over the write-ahead log. A write is logged and fsynced with its group ({@link WriteAheadLog}),
 * then applied to the IndexWriter, then acknowledged. Lucene commits in the background, by time and by log size;
 * each commit records in its user data the log entry up to which it holds every write, and the segments before it
 * are deleted. Searchers refresh on an interval, and on demand when a read starts after a write it must see but
 * the searcher does not show yet: every write of its types for a strong read (keys, counts), only the caller's own
 * for a search without realtime (its signed-in writer's from any thread, {@link #writerKey}; the system's on its
 * thread). A read by id is answered from the writes not yet refreshed ({@link #pending}) without waiting for a refresh.
 */
final class IndexWrites implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IndexWrites.class);
    /** The commit user data key: every log entry up to this number is in the commit. */
    static final String LOG_KEY = "techmatch.wal";

    /**
     * How often searchers refresh and Lucene commits, the log size that brings a commit forward, and whether every
     * search refreshes first when any write is unseen (realtime) or only the writer's own next search does.
     */
    record Timing(long refreshMillis, long commitMillis, long commitLogBytes, boolean realtimeSearch) {
        static final Timing DEFAULT = new Timing(1_000, 2_000, 64L << 20, true);
    }

    /** A write not yet visible to searchers: its log entry and what a read by id must return. */
    private record Pending(long entry, StoredRecord record) {
    }

    /** Applies one logged write to the IndexWriter. */
    @FunctionalInterface
    interface Apply {
        void run() throws IOException;
    }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final WriteAheadLog wal;
    private final Timing timing;
    private final Map<String, String> commitData;
    private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
    /** Writes applied to the IndexWriter so far, and how many of them the current searcher shows. */
    private final AtomicLong appliedWrites = new AtomicLong();
    private volatile long refreshedWrites;
    /** Refreshes that showed new writes: each one starts a generation that per-generation caches build anew. */
    private final AtomicLong refreshes = new AtomicLong();
    /**
     * The count of applied writes just after this thread's last write made for no signed-in writer (the system's):
     * its own next read must show it. A signed-in writer's writes are kept per writer instead: a request thread
     * serves every account in turn, and one account's write must not make the next account's search on that thread
     * wait for a refresh.
     */
    private final ThreadLocal<long[]> ownWrite = ThreadLocal.withInitial(() -> new long[1]);
    /**
     * Per record type, the count of applied writes just after the last write of that type: a read of some types
     * needs a refresh only when one of them was written since. A sign-in's account lookup then never waits for a
     * refresh that only new achievements need (every request signs in, and achievements are written all the time).
     */
    private final ConcurrentHashMap<String, Long> lastWriteOfType = new ConcurrentHashMap<>();
    /**
     * Who is writing or reading on the calling thread (the signed-in account of the request), or null: a writer's
     * later requests run on other threads, and its searches must show its writes all the same.
     */
    private volatile java.util.function.Supplier<String> writerKey = () -> null;
    /**
     * Per writer, the count of applied writes just after its last write that the current searcher may not show;
     * an entry leaves at the refresh that shows it, so the map holds only the writers of the last refresh interval.
     */
    private final ConcurrentHashMap<String, Long> lastWriteOfWriter = new ConcurrentHashMap<>();
    /**
     * Writers applying to the IndexWriter at once: no more than the cores. Lucene gives each concurrent writer
     * thread its own in-memory segment, and every refresh flushes each of them as a segment of its own: with 8
     * writers on 2 cores that made 4 times the tiny segments (and their merges) for no more analysis in parallel.
     */
    private final java.util.concurrent.Semaphore appliers =
            new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final ReentrantLock refreshLock = new ReentrantLock();
    private final Object commitLock = new Object();
    private final AtomicBoolean commitQueued = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor background;
    private volatile long lastCommitNanos = System.nanoTime();

    IndexWrites(IndexWriter writer, SearcherManager searchers, WriteAheadLog wal, Map<String, String> commitData,
                Timing timing) {
        this.writer = writer;
        this.searchers = searchers;
        this.wal = wal;
        this.timing = timing;
        this.commitData = new ConcurrentHashMap<>(commitData);
        // two threads: a refresh must not wait behind a commit's fsyncs
        this.background = new ScheduledThreadPoolExecutor(2,
                Thread.ofPlatform().name("techmatch-index-", 0).daemon().factory());
        background.scheduleWithFixedDelay(this::refreshQuietly, timing.refreshMillis(), timing.refreshMillis(),
                TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::commitQuietly, timing.commitMillis(), timing.commitMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Logs records as one entry, waits for its group's fsync, applies it and returns: the write is acknowledged.
     * A write the index refuses (a record it cannot hold) is reported and never applied, not even by a replay.
     */
    void write(LogEntries.Shape shape, List<IndexedRecord> records, Apply apply) {
        long entry = wal.append(LogEntries.encode(shape, records));
        boolean applied = false;
        try {
            wal.sync(entry);
            for (IndexedRecord record : records) {
                pending.merge(record.id(), new Pending(entry, record.stored()),
                        (old, now) -> now.entry() > old.entry() ? now : old);
            }
            appliers.acquireUninterruptibly();
            try {
                apply.run();
            } finally {
                appliers.release();
            }
            applied = true;
        } catch (IOException e) {
            throw new StoreUnavailableException("索引写入失败", e);
        } finally {
            wal.applied(entry);
            if (applied) {
                long count = appliedWrites.incrementAndGet();
                String writer = writerKey.get();
                if (writer != null) {
                    lastWriteOfWriter.merge(writer, count, Math::max);
                } else {
                    ownWrite.get()[0] = count;
                }
                for (IndexedRecord record : records) {
                    lastWriteOfType.merge(record.stored().type(), count, Math::max);
                }
            } else {
                for (IndexedRecord record : records) {
                    pending.computeIfPresent(record.id(), (id, p) -> p.entry() == entry ? null : p);
                }
            }
        }
        if (wal.bytesSinceRoll() >= timing.commitLogBytes() && commitQueued.compareAndSet(false, true)) {
            background.execute(this::commitQuietly); // the log has grown enough: do not wait for the clock
        }
    }

    /** The latest acknowledged form of id if searchers cannot see it yet. */
    Optional<StoredRecord> pending(String id) {
        Pending p = pending.get(id);
        return p == null ? Optional.empty() : Optional.of(p.record());
    }

    /** Names the writer of the calling thread (the request's signed-in account), for its searches' own writes. */
    void identifyWritersBy(java.util.function.Supplier<String> writer) {
        this.writerKey = writer;
    }

    /** Before a read that must see every acknowledged write: refreshes the searchers first when they miss one. */
    void ensureFresh() {
        awaitRefreshed(appliedWrites.get());
    }

    /**
     * Before a read of records of these types only that must see every acknowledged write of them (a key's
     * uniqueness, a count): refreshes the searchers when they miss one. Writes of other types cannot change what
     * such a read finds, so they do not make it wait.
     */
    void ensureFresh(java.util.Collection<String> types) {
        awaitRefreshed(lastWriteOf(types));
    }

    /**
     * Before a search (full text, facets, matching's candidates): as {@link #ensureFresh(java.util.Collection)} with
     * realtime search; otherwise it refreshes only when the searcher misses a write of the caller's own — of its
     * thread, or of its writer from any thread — that may be of these types (a writer of achievements does not wait
     * to search demands), and shows other writers' within the refresh interval, so a
     * steady stream of writes does not make every search wait for a refresh. Null types: a read of every type.
     */
    void ensureSearchable(java.util.Collection<String> types) {
        if (timing.realtimeSearch()) {
            if (types == null) {
                ensureFresh(); // a read of every type
            } else {
                ensureFresh(types);
            }
            return;
        }
        String writer = writerKey.get();
        long own = writer != null ? lastWriteOfWriter.getOrDefault(writer, 0L) : ownWrite.get()[0];
        // once the last write of these types (anyone's) is shown, so are the caller's own writes of them
        awaitRefreshed(types == null ? own : Math.min(own, lastWriteOf(types)));
    }

    private long lastWriteOf(java.util.Collection<String> types) {
        long last = 0;
        for (String type : types) {
            last = Math.max(last, lastWriteOfType.getOrDefault(type, 0L));
        }
        return last;
    }

    private void awaitRefreshed(long target) {
        if (refreshedWrites >= target) {
            return;
        }
        refreshLock.lock();
        try {
            if (refreshedWrites < target) {
                refresh(); // readers that queued behind another's refresh find their writes in it
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("索引刷新失败", e);
        } finally {
            refreshLock.unlock();
        }
    }

    /** Opens new searchers now, even when no write was applied since (a forced merge changes only the layout). */
    void refreshNow() throws IOException {
        refresh();
    }

    private void refresh() throws IOException {
        refreshLock.lock();
        try {
            long writes = appliedWrites.get();
            long through = wal.appliedThrough();
            searchers.maybeRefreshBlocking();
            if (writes > refreshedWrites) {
                refreshes.incrementAndGet();
            }
            refreshedWrites = writes;
            pending.values().removeIf(p -> p.entry() <= through); // the new searcher shows these
            lastWriteOfWriter.values().removeIf(count -> count <= writes); // and these writers' writes
        } finally {
            refreshLock.unlock();
        }
    }

    private void refreshQuietly() {
        try {
            if (refreshedWrites < appliedWrites.get()) {
                refresh();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Refreshing the searchers failed; reads refresh on demand", e);
        }
    }

    /** Sets a commit user data entry kept by every later commit (the field layout). */
    void putCommitData(String key, String value) {
        commitData.put(key, value);
    }

    /**
     * Commits Lucene now, recording the log entry up to which the commit holds every write, and deletes the log
     * segments it covers. Every write acknowledged before the call is in the commit.
     */
    void commit() throws IOException {
        synchronized (commitLock) {
            wal.roll(); // entries so far go to a closed segment, deletable once covered
            long through = wal.appliedThrough();
            Map<String, String> data = new HashMap<>(commitData);
            data.put(LOG_KEY, Long.toString(through));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            lastCommitNanos = System.nanoTime();
            wal.deleteThrough(through);
        }
    }

    private void commitQuietly() {
        commitQueued.set(false);
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            // the writes stay in the log, which a later commit or the next start applies
            log.error("Background commit failed; acknowledged writes remain in the write-ahead log", e);
        }
    }

    /** Milliseconds since the last commit (what a crash now would replay). */
    long commitAgeMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastCommitNanos);
    }

    /** Bytes in the write-ahead log on disk. */
    long refreshes() {
        return refreshes.get();
    }

    long logBytes() {
        return wal.totalBytes();
    }

    /** Stops the background work and commits, so the next start replays nothing. */
    @Override
    public void close() throws IOException {
        background.shutdown();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            commit();
        } finally {
            wal.close();
        }
    }
}
