package org.techmatch.semantic;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The semantic vectors.
 *
 * @param enabled    compute and use vectors; when false, matching is lexical and structured only
 * @param maxChars   characters of a record's text given to the model (its window is 512 tokens)
 * @param batchSize  records embedded per step of the background job
 * @param backgroundJob run the embedding job in the background (the service); commands run it themselves
 */
@ConfigurationProperties("techmatch.semantic")
public record SemanticProperties(Boolean enabled, Integer maxChars, Integer batchSize, Boolean backgroundJob) {
    public SemanticProperties {
        enabled = enabled == null || enabled;
        backgroundJob = backgroundJob == null || backgroundJob;
        maxChars = maxChars == null ? 320 : maxChars;
        batchSize = batchSize == null ? 32 : batchSize;
        if (maxChars < 16 || batchSize < 1) {
            throw new IllegalArgumentException("techmatch.semantic.max-chars must be ≥ 16 and batch-size ≥ 1");
        }
    }

    public boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }
}
