package org.techmatch.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Health thresholds.
 *
 * @param minFreeDiskMb the index is down (and the service unready) when its disk has less free space than this
 */
@ConfigurationProperties("techmatch.health")
public record OpsProperties(Long minFreeDiskMb) {
    public OpsProperties {
        minFreeDiskMb = minFreeDiskMb == null ? 512L : minFreeDiskMb;
        if (minFreeDiskMb < 0) {
            throw new IllegalArgumentException("techmatch.health.min-free-disk-mb must be ≥ 0");
        }
    }
}
