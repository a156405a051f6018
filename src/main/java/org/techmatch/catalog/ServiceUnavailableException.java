package org.techmatch.catalog;

/** A part the request needs is not running (e.g. no matching engine). Maps to HTTP 503; nothing was written. */
public final class ServiceUnavailableException extends RuntimeException {
    public ServiceUnavailableException(String message) {
        super(message);
    }
}
