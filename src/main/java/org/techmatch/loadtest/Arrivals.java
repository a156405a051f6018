package org.techmatch.loadtest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Start times at a fixed rate for an open loop: requests are due whether or not earlier ones have been answered,
 * so two builds are compared at the same offered load. In a closed loop every client waits for its answer before
 * asking again, so a build that answers writes sooner is sent more reads, and its reads queue longer.
 *
 * <p>Clients take the due times in order and each waits until its own is due. A client that was busy takes a time
 * already past, and the request's latency counts from that time, not from when it was sent: the wait for a free
 * client is part of what a user of an overloaded service sees (no coordinated omission).
 */
final class Arrivals {
    /** A due time more than this far behind is not sent: the service has fallen behind the offered load. */
    static final Duration GIVE_UP = Duration.ofSeconds(60);

    /** What a client is to do next. */
    sealed interface Next {
        /** Send a request due at {@code dueNanos} (System.nanoTime). */
        record Send(long dueNanos) implements Next {
        }

        /** Skip a request due so long ago that it is counted as not sent. */
        record Late(long dueNanos) implements Next {
        }

        /** The run is over: no request is due before its end. */
        record Done() implements Next {
        }
    }

    private final long startNanos;
    private final long endNanos;
    private final double intervalNanos;
    private final AtomicLong taken = new AtomicLong();

    Arrivals(long startNanos, long endNanos, double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("--rate must be more than 0 requests/s, was " + perSecond);
        }
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.intervalNanos = 1e9 / perSecond;
    }

    /** The next due time, after waiting for it. */
    Next next() throws InterruptedException {
        long due = startNanos + Math.round(taken.getAndIncrement() * intervalNanos);
        if (due >= endNanos) {
            return new Next.Done();
        }
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        } else if (-wait > GIVE_UP.toNanos()) {
            return new Next.Late(due);
        }
        return new Next.Send(due);
    }
}
