package org.techmatch.store;

/** The index cannot take writes (disk full, failed commit). Maps to HTTP 503; the write was not acknowledged. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
