package org.techmatch.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.StoreProperties;

/**
 * The write-ahead log: how much a start would replay and how long ago Lucene last committed it away. Down when
 * background commits have stalled (no commit for ten intervals): the log then only grows, and a restart would
 * replay all of it before answering.
 */
final class WriteAheadLogHealth implements HealthCheck {
    /** Background commits missed in a row before the log is reported down. */
    static final int STALLED_INTERVALS = 10;

    private final DocumentStore store;
    private final long commitMs;

    WriteAheadLogHealth(DocumentStore store, StoreProperties properties) {
        this.store = store;
        this.commitMs = properties.commitMs();
    }

    @Override
    public String name() {
        return "write-ahead-log";
    }

    @Override
    public Result check() {
        long ageMs = store.commitAgeMillis();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("logBytes", store.logBytes());
        details.put("commitAgeSeconds", ageMs / 1000.0);
        details.put("commitIntervalSeconds", commitMs / 1000.0);
        return ageMs > STALLED_INTERVALS * commitMs ? Result.down(details) : Result.up(details);
    }
}
