package org.techmatch.catalog;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who the writes of this thread are made for when it serves no request of its own: a background job (an import)
 * runs its writes as the user who started it, so the audit trail names that user, not 系统. Without it the
 * writer is the request's signed-in user, or the system (fixtures, the command line).
 */
public final class WriteActor {
    private static final ThreadLocal<Viewer> ACTOR = new ThreadLocal<>();

    private WriteActor() {
    }

    /** Runs work with viewer as the actor of its writes; a null viewer (the system) leaves the thread as it is. */
    public static <R> R as(Viewer viewer, Supplier<R> work) {
        if (viewer == null) {
            return work.get();
        }
        Viewer before = ACTOR.get();
        ACTOR.set(viewer);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(before);
            }
        }
    }

    /** The user this thread's writes are made for, if a job set one. */
    public static Optional<Viewer> current() {
        return Optional.ofNullable(ACTOR.get());
    }
}
