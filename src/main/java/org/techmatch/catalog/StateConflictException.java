package org.techmatch.catalog;

/**
 * The request is well formed and allowed for the viewer, but the record's current state does not permit it
 * (a challenge transition from the wrong status, a second application, a milestone out of order).
 * Maps to HTTP 409; nothing was written.
 */
public final class StateConflictException extends RuntimeException {
    private final String field;

    public StateConflictException(String message) {
        this(null, message);
    }

    /** A conflict on one field of the request (a name or code already taken), named in the answer's errors. */
    public StateConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field in conflict, or null. */
    public String field() {
        return field;
    }
}
