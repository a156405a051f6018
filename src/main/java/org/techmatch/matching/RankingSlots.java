package org.techmatch.matching;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds the rankings computed at once. A ranking is the heaviest work of a request (some thousands of term
 * statistics and a feature vector per candidate); computed by as many threads as there are requests, the rankings
 * share the cores with every search and write, and all of them slow down together. With as many slots as cores, a
 * ranking waits its turn (first come, first served) and the lighter requests keep their share.
 */
final class RankingSlots {
    private final Semaphore slots;
    /** A ranking that needs another ranking (a team's profile) must not wait for a slot it already holds. */
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    RankingSlots(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one ranking slot");
        }
        this.slots = new Semaphore(slots, true);
    }

    <T> T run(Supplier<T> ranking) {
        if (holding.get()) {
            return ranking.get();
        }
        slots.acquireUninterruptibly();
        holding.set(true);
        try {
            return ranking.get();
        } finally {
            holding.set(false);
            slots.release();
        }
    }
}
