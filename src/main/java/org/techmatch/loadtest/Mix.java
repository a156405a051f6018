package org.techmatch.loadtest;

import java.util.Locale;

/**
 * What a client's writes do. CREATES is the service's everyday mix: 10 % creates and 15 % updates, so the library
 * grows all run long. UPDATES turns a create into an update once the client holds {@link #OWN_RECORDS} records of
 * its own: the library stops growing after the first seconds, so a soak's heap can be read as a leak or not (in
 * a growing library the heap grows with the records).
 */
public enum Mix {
    CREATES, UPDATES;

    /** Records each client creates before an UPDATES mix only updates them. */
    static final int OWN_RECORDS = 2;

    /** The mix named on the command line: creates or updates. */
    public static Mix of(String name) {
        for (Mix mix : values()) {
            if (mix.name().equalsIgnoreCase(name.trim())) {
                return mix;
            }
        }
        throw new IllegalArgumentException("--mix must be creates or updates, not " + name);
    }

    /** The operation a client sends when it rolled op and already holds own records of its own. */
    Operation resolve(Operation op, int own) {
        if (op == Operation.CREATE && this == UPDATES && own >= OWN_RECORDS) {
            return Operation.UPDATE;
        }
        return op;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
