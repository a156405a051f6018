package org.techmatch.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.RecordStore;
import org.techmatch.store.StoredRecord;

/**
 * Copies every record from one store to another (the embedded index and a SolrCloud collection, either way) and
 * proves the copy: the records per type and the checksums of their sources must be equal in the source as copied,
 * the source read again afterwards (nothing wrote to it meanwhile) and the target.
 *
 * <p>Each record keeps its id, version and JSON source byte for byte; its indexed fields are built again by the
 * current code's mapping, as a reindex would, and the vectors its document holds (semantic vectors are not part of
 * the source; copied, they spare the target's embedding job computing every one again).
 */
public final class StoreMigration {
    /** Records written per request: large enough to amortise a round trip to SolrCloud, small in memory. */
    static final int BATCH = 500;

    private final Function<StoredRecord, IndexedFields> mapping;

    /** @param mapping the indexed fields of a stored record with the current code (Libraries' remap) */
    public StoreMigration(Function<StoredRecord, IndexedFields> mapping) {
        this.mapping = mapping;
    }

    /**
     * The outcome: what was read while copying, the source read again afterwards, and the target; how long the copy
     * took and how long the two reads that verify it.
     */
    public record Report(SourceTally copied, SourceTally sourceAfter, SourceTally target, long vectorsCopied,
                         long copyMillis, long verifyMillis) {
        public boolean verified() {
            return copied.equals(sourceAfter) && copied.equals(target);
        }

        /** One line per type that differs, saying where; empty when verified. */
        public List<String> differences() {
            List<String> lines = new ArrayList<>();
            TreeSet<String> types = new TreeSet<>(copied.counts().keySet());
            types.addAll(sourceAfter.counts().keySet());
            types.addAll(target.counts().keySet());
            for (String type : types) {
                if (!same(type, copied, sourceAfter)) {
                    lines.add(type + ": the source changed during the migration (" + describe(type, copied)
                            + " copied, " + describe(type, sourceAfter) + " now): stop every writer and migrate again");
                }
                if (!same(type, copied, target)) {
                    lines.add(type + ": the target holds " + describe(type, target) + ", the source "
                            + describe(type, copied));
                }
            }
            return lines;
        }

        private static boolean same(String type, SourceTally a, SourceTally b) {
            return a.counts().getOrDefault(type, 0L).equals(b.counts().getOrDefault(type, 0L))
                    && String.valueOf(a.checksums().get(type)).equals(String.valueOf(b.checksums().get(type)));
        }

        private static String describe(String type, SourceTally tally) {
            return tally.counts().getOrDefault(type, 0L) + " records, checksum "
                    + tally.checksums().getOrDefault(type, "-");
        }
    }

    /**
     * Copies from into the empty store to, then verifies.
     *
     * @throws IllegalArgumentException when the target already holds records (a migration never merges)
     */
    public Report migrate(RecordStore from, RecordStore to) {
        SortedMap<String, Integer> existing = to.countsByType();
        if (existing.values().stream().anyMatch(n -> n > 0)) {
            throw new IllegalArgumentException("the target " + to.location() + " is not empty (" + existing
                    + "): a migration only fills an empty store");
        }
        long started = System.nanoTime();
        SourceTally.Builder copied = new SourceTally.Builder();
        List<IndexedRecord> batch = new ArrayList<>(BATCH);
        long[] vectors = {0};
        from.forEachWithVectors(null, record -> {
            copied.add(record.stored());
            vectors[0] += record.vectors().size();
            batch.add(record.remapped(mapping));
            if (batch.size() == BATCH) {
                to.addAll(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            to.addAll(List.copyOf(batch));
        }
        to.markMapped();
        long copiedAt = System.nanoTime();
        SourceTally sourceAfter = SourceTally.of(from);
        SourceTally target = SourceTally.of(to);
        return new Report(copied.build(), sourceAfter, target, vectors[0], (copiedAt - started) / 1_000_000,
                (System.nanoTime() - copiedAt) / 1_000_000);
    }
}
