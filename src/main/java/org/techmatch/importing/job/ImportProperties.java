package org.techmatch.importing.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bulk imports.
 *
 * @param directory            where uploads wait and reports are written; null = {@code imports} next to the index
 * @param batchSize            rows stored per commit: a crash loses at most the batch in progress, never part of a row
 * @param duplicateSimilarity  bigram Jaccard similarity from which two records are flagged as suspected duplicates
 * @param duplicateCandidates  stored records compared in full per imported row (those sharing most MinHash bands)
 * @param xlsxMinInflateRatio  smallest compressed/uncompressed ratio of an XLSX part (zip-bomb guard)
 * @param xlsxMaxEntryBytes    largest uncompressed XLSX part (one worksheet's XML)
 * @param keptJobs             finished jobs listed by the API (their reports stay on disk)
 */
@ConfigurationProperties("techmatch.imports")
public record ImportProperties(Path directory, Integer batchSize, Double duplicateSimilarity,
                               Integer duplicateCandidates, Double xlsxMinInflateRatio, Long xlsxMaxEntryBytes,
                               Integer keptJobs) {
    public ImportProperties {
        batchSize = batchSize == null ? 2000 : batchSize;
        duplicateSimilarity = duplicateSimilarity == null ? 0.7 : duplicateSimilarity;
        duplicateCandidates = duplicateCandidates == null ? 5 : duplicateCandidates;
        xlsxMinInflateRatio = xlsxMinInflateRatio == null ? 0.01 : xlsxMinInflateRatio;
        xlsxMaxEntryBytes = xlsxMaxEntryBytes == null ? 1L << 30 : xlsxMaxEntryBytes;
        keptJobs = keptJobs == null ? 200 : keptJobs;
        if (batchSize < 1 || duplicateSimilarity <= 0 || duplicateSimilarity > 1 || duplicateCandidates < 1) {
            throw new IllegalArgumentException("techmatch.imports: batch-size ≥ 1, 0 < duplicate-similarity ≤ 1, "
                    + "duplicate-candidates ≥ 1");
        }
    }
}
