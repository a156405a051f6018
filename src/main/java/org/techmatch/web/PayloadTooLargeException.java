package org.techmatch.web;

/** A request body over the configured limit; maps to HTTP 413. */
final class PayloadTooLargeException extends RuntimeException {
    PayloadTooLargeException(long limitBytes) {
        super("请求体超过上限 " + limitBytes / 1024 + " KB");
    }
}
