package org.techmatch.store;

import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Striped locks by record id: callers hold one across a read, a version check and the write, so updates of one id
 * within this process are serialised (the store's own version check catches writers in other processes).
 */
public final class IdLocks {
    private static final int STRIPES = 256;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    public IdLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Runs action while holding the lock of this id. */
    public <T> T locked(String id, Supplier<T> action) {
        ReentrantLock lock = stripes[Math.floorMod(id.hashCode(), STRIPES)];
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs action while holding the locks of all these ids. Stripes are taken in index order, so two batches can
     * never wait for each other.
     */
    public <T> T lockedAll(Collection<String> ids, Supplier<T> action) {
        int[] order = ids.stream().mapToInt(id -> Math.floorMod(id.hashCode(), STRIPES)).distinct().sorted()
                .toArray();
        int held = 0;
        try {
            for (int stripe : order) {
                stripes[stripe].lock();
                held++;
            }
            return action.get();
        } finally {
            for (int i = held - 1; i >= 0; i--) {
                stripes[order[i]].unlock();
            }
        }
    }
}
