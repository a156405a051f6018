package org.techmatch.matching;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the rankings computed at once, for a while. A ranking is the heaviest work of a request (some thousands
 * of term statistics and a feature vector per candidate); computed by as many threads as there are requests, the
 * rankings share the cores with every search and write, and all of them slow down together. With as many slots as
 * cores, a ranking waits its turn (first come, first served) and the lighter requests keep their share.
 *
 * <p>But only for {@code maxWait}: the slot holders share the cores with everything else, so the rankings a fixed
 * number of slots get through fall as other work rises, and once matches arrive faster than that, a strict bound
 * queues them without end (an open-loop load test at 200 requests/s: match median 2.9 s with 2 strict slots, 60 ms
 * with none). A ranking that has waited {@code maxWait} is computed without a slot, so the bound adds at most that
 * to a match and never turns a busy minute into a backlog. The service's default is a wait of 0, no bound: at the
 * same offered load every request was quicker without one (README, Load test).
 */
final class RankingSlots {
    private final Semaphore slots;
    private final long maxWaitNanos;
    /** A ranking that needs another ranking (a team's profile) must not wait for a slot it already holds. */
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    RankingSlots(int slots, Duration maxWait) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one ranking slot");
        }
        this.slots = new Semaphore(slots, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    <T> T run(Supplier<T> ranking) {
        if (holding.get()) {
            return ranking.get();
        }
        boolean slot = acquire();
        holding.set(true);
        try {
            return ranking.get();
        } finally {
            holding.set(false);
            if (slot) {
                slots.release();
            }
        }
    }

    /** Waits for a slot up to the bound; false when the ranking goes ahead without one. */
    private boolean acquire() {
        try {
            return slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the request goes on; whoever interrupted it will see the flag
            return false;
        }
    }
}
