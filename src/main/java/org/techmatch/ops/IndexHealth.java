package org.techmatch.ops;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The index, the system of record: up while it answers, its directory can be written and its disk has more free
 * space than {@code techmatch.health.min-free-disk-mb}; part of readiness (application.yml) (a service whose index cannot take a
 * write should not take requests). The age of the last commit is shown, not judged: an idle index is old.
 */
final class IndexHealth implements HealthCheck {
    private final IndexState index;
    private final long minFreeBytes;

    IndexHealth(IndexState index, OpsProperties properties) {
        this.index = index;
        this.minFreeBytes = properties.minFreeDiskMb() << 20;
    }

    @Override
    public String name() {
        return "index";
    }

    @Override
    public Result check() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean answers;
        try {
            details.put("generation", index.generation());
            answers = true;
        } catch (RuntimeException e) {
            details.put("error", "the index does not answer (closed or failed)");
            answers = false;
        }
        boolean writable = index.writable();
        long free = index.freeBytes();
        details.put("writable", writable);
        details.put("freeDiskBytes", free);
        details.put("minFreeDiskBytes", minFreeBytes);
        index.lastCommit().ifPresent(at -> details.put("lastCommit", at.toString()));
        details.put("lastCommitAgeSeconds", index.commitAgeSeconds());
        if (answers) {
            details.put("searcherAgeSeconds", index.searcherAgeSeconds());
        }
        boolean up = answers && writable && free >= minFreeBytes;
        return up ? Result.up(details) : Result.down(details);
    }
}
