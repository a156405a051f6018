package org.techmatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-ahead log on its own: framing, torn tails, checksums, segments, and replays applied twice. */
class WriteAheadLogTest {

    @Test
    void entriesComeBackInOrderAfterReopening(@TempDir Path dir) throws IOException {
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            for (int i = 1; i <= 5; i++) {
                long n = wal.append(bytes("entry " + i));
                assertThat(n).isEqualTo(i);
                wal.sync(n);
            }
        }
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            assertThat(texts(wal.entriesAfter(0))).containsExactly("entry 1", "entry 2", "entry 3", "entry 4",
                    "entry 5");
            assertThat(texts(wal.entriesAfter(3))).containsExactly("entry 4", "entry 5");
            assertThat(wal.append(bytes("entry 6"))).as("numbering goes on after a restart").isEqualTo(6);
        }
    }

    @Test
    void aTornLastEntryIsDiscardedAndCutOffBeforeNewAppends(@TempDir Path dir) throws IOException {
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            wal.sync(wal.append(bytes("one")));
            wal.sync(wal.append(bytes("two")));
            wal.sync(wal.append(bytes("three, written only in part by a process that was killed")));
        }
        Path segment = onlySegment(dir);
        long full = Files.size(segment);
        try (var channel = java.nio.channels.FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.truncate(full - 20); // the kill cut the last frame's payload short
        }
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            assertThat(texts(wal.entriesAfter(0))).containsExactly("one", "two");
            assertThat(Files.size(segment)).as("the torn frame is cut off").isLessThan(full - 20);
            wal.sync(wal.append(bytes("four")));
        }
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            assertThat(texts(wal.entriesAfter(0))).as("an entry appended after the cut is read, numbered on")
                    .containsExactly("one", "two", "four");
            assertThat(wal.entriesAfter(0).getLast().number()).isEqualTo(3);
        }
    }

    @Test
    void anEntryFailingItsChecksumEndsTheLog(@TempDir Path dir) throws IOException {
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            for (String text : List.of("alpha", "beta", "gamma")) {
                wal.sync(wal.append(bytes(text)));
            }
        }
        Path segment = onlySegment(dir);
        byte[] data = Files.readAllBytes(segment);
        data[data.length - 2] ^= 0x40; // one bit of gamma's payload flipped: a half-written page
        Files.write(segment, data);
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            assertThat(texts(wal.entriesAfter(0))).containsExactly("alpha", "beta");
        }
    }

    @Test
    void garbageAfterTheLastEntryIsNotAnEntry(@TempDir Path dir) throws IOException {
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            wal.sync(wal.append(bytes("kept")));
        }
        Path segment = onlySegment(dir);
        // zeros (a preallocated or half-flushed page) and a header that promises more than there is
        Files.write(segment, new byte[64], StandardOpenOption.APPEND);
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            assertThat(texts(wal.entriesAfter(0))).containsExactly("kept");
        }
    }

    @Test
    void segmentsCoveredByACommitAreDeletedAndTheNumberingSurvivesThem(@TempDir Path dir) throws IOException {
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            wal.sync(wal.append(bytes("a")));
            wal.sync(wal.append(bytes("b")));
            wal.applied(1);
            wal.applied(2);
            wal.roll();
            long third = wal.append(bytes("c"));
            assertThat(wal.appliedThrough()).as("entry 3 is logged but not applied").isEqualTo(2);
            wal.sync(third);
            wal.deleteThrough(wal.appliedThrough());
            assertThat(WriteAheadLog.listSegments(dir)).hasSize(1);
        }
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 2)) {
            assertThat(texts(wal.entriesAfter(2))).containsExactly("c");
            assertThat(wal.entriesAfter(2).getFirst().number()).isEqualTo(3);
        }
    }

    /** A replay may run twice over the same entries (a kill during the first): the index ends up the same. */
    @Test
    void replayingAnEntryTwiceGivesTheSameIndexAsOnce() throws IOException {
        List<LogEntries.Write> writes = List.of(
                new LogEntries.Write(LogEntries.Shape.BLOCK, List.of(record("ACH-1", 1, "first"),
                        record("AUD-1", 1, "audit of ACH-1 v1"))),
                new LogEntries.Write(LogEntries.Shape.BLOCK, List.of(record("ACH-1", 2, "second"),
                        record("AUD-2", 1, "audit of ACH-1 v2"))),
                new LogEntries.Write(LogEntries.Shape.EACH, List.of(record("ACH-2", 1, "batch a"),
                        record("ACH-3", 1, "batch b"))));
        Map<String, String> once;
        Map<String, String> twice;
        try (var directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (LogEntries.Write write : writes) {
                LogReplay.apply(writer, roundTrip(write));
            }
            writer.commit();
            once = contents(directory);
            for (LogEntries.Write write : writes) {
                LogReplay.apply(writer, roundTrip(write));
            }
            writer.commit();
            twice = contents(directory);
        }
        assertThat(once).containsOnlyKeys("ACH-1", "AUD-1", "AUD-2", "ACH-2", "ACH-3");
        assertThat(once.get("ACH-1")).isEqualTo("2:second");
        assertThat(twice).isEqualTo(once);
    }

    private static LogEntries.Write roundTrip(LogEntries.Write write) {
        return LogEntries.decode(LogEntries.encode(write.shape(), write.records()));
    }

    private static IndexedRecord record(String id, long version, String text) {
        IndexedFields fields = new IndexedFields().text("title_zh", text).number("year", 2026L)
                .vector("vec", new float[] {0.6f, 0.8f});
        return new IndexedRecord(new StoredRecord(id, id.substring(0, 3), version, bytes(text)), fields);
    }

    /** id → "version:source" of every live document; a duplicate id fails. */
    private static Map<String, String> contents(ByteBuffersDirectory directory) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        StoredRecord r = DocumentStore.read(fields, doc);
                        String previous = found.put(r.id(), r.version() + ":" + new String(r.source(),
                                StandardCharsets.UTF_8));
                        assertThat(previous).as("a second live document for " + r.id()).isNull();
                    }
                }
            }
        }
        return found;
    }

    private static Path onlySegment(Path dir) throws IOException {
        List<Path> segments = new ArrayList<>(WriteAheadLog.listSegments(dir));
        segments.removeIf(s -> {
            try {
                return Files.size(s) == 0;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(segments).hasSize(1);
        return segments.getFirst();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<WriteAheadLog.Entry> entries) {
        return entries.stream().map(e -> new String(e.payload(), StandardCharsets.UTF_8)).toList();
    }
}
