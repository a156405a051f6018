package org.techmatch.catalog;

/**
 * The request is well formed and allowed for the viewer, but the record's current state does not permit it
 * (a challenge transition from the wrong status, a second application, a milestone out of order).
 * Maps to HTTP 409; nothing was written.
 */
public final class StateConflictException extends RuntimeException {
    public StateConflictException(String message) {
        super(message);
    }
}
