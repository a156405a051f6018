package org.techmatch.system;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.SortedMap;
import org.springframework.stereotype.Service;
import org.techmatch.store.RecordStore;

/** The figures of {@code GET /api/admin/runtime}: the heap and the store's counts, never a record. */
@Service
public class RuntimeStatus {
    private final RecordStore store;

    RuntimeStatus(RecordStore store) {
        this.store = store;
    }

    /** What a soak watches: heap in use (after a full collection if collect), records per type, log and commit. */
    public record Figures(long heapUsedBytes, long heapMaxBytes, boolean collected, SortedMap<String, Integer> records,
                          long writeAheadLogBytes, long lastCommitAgeMs) {
    }

    public Figures read(boolean collect) {
        if (collect) {
            System.gc(); // explicit: the caller asked for the heap that survives a full collection
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Figures(heap.getUsed(), heap.getMax(), collect, store.countsByType(), store.logBytes(),
                store.commitAgeMillis());
    }
}
