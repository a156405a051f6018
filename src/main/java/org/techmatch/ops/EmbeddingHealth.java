package org.techmatch.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.techmatch.semantic.EmbeddingJob;
import org.techmatch.semantic.EmbeddingStatus;

/**
 * The background embedding job: its backlog (records still without a vector, matched on words alone until they
 * get one) and rate. Down only when the job reports an error; a backlog is normal after an import. Not part of
 * readiness: matching works without vectors.
 */
final class EmbeddingHealth implements HealthCheck {
    private final EmbeddingJob job;

    EmbeddingHealth(EmbeddingJob job) {
        this.job = job;
    }

    @Override
    public String name() {
        return "embedding";
    }

    @Override
    public Result check() {
        EmbeddingStatus status = job.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enabled", status.enabled());
        details.put("running", status.running());
        details.put("backlog", status.pending());
        details.put("embeddedSinceStart", status.embedded());
        details.put("perSecond", status.perSecond());
        if (status.lastError() != null) {
            details.put("lastError", status.lastError());
            return Result.down(details);
        }
        return Result.up(details);
    }
}
