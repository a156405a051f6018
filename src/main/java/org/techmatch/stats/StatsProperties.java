package org.techmatch.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param unmetAfterDays      a demand open longer than this without a good match is "unmet" (a request may ask
 *                            for another number)
 * @param coverageCacheMinutes how long a demand's best-match score is reused by the unmet list and the funnel;
 *                            a new version of the demand is always scored afresh
 * @param shownFlushSeconds   how often the counts of shown matches are written to the store (a crash loses at most
 *                            this many seconds of counts)
 */
@ConfigurationProperties("techmatch.stats")
public record StatsProperties(Integer unmetAfterDays, Integer coverageCacheMinutes, Integer shownFlushSeconds) {
    public StatsProperties {
        if (unmetAfterDays == null || unmetAfterDays < 1) {
            unmetAfterDays = 30;
        }
        if (coverageCacheMinutes == null || coverageCacheMinutes < 0) {
            coverageCacheMinutes = 10;
        }
        if (shownFlushSeconds == null || shownFlushSeconds < 1) {
            shownFlushSeconds = 10;
        }
    }
}
