package org.techmatch.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param unmetAfterDays      a demand open longer than this without a good match is "unmet" (a request may ask
 *                            for another number)
 * @param coverageCacheMinutes how long a demand's best-match score is reused by the unmet list and the funnel;
 *                            a new version of the demand is always scored afresh
 */
@ConfigurationProperties("techmatch.stats")
public record StatsProperties(Integer unmetAfterDays, Integer coverageCacheMinutes) {
    public StatsProperties {
        if (unmetAfterDays == null || unmetAfterDays < 1) {
            unmetAfterDays = 30;
        }
        if (coverageCacheMinutes == null || coverageCacheMinutes < 0) {
            coverageCacheMinutes = 10;
        }
    }
}
