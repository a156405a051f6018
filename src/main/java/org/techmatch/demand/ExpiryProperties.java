package org.techmatch.demand;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether {@link DemandExpiry} runs at start and every night (commands turn it off: a benchmark or a
 *                restore must not have its records changed behind it)
 */
@ConfigurationProperties("techmatch.expiry")
public record ExpiryProperties(Boolean enabled) {
    public ExpiryProperties {
        enabled = enabled == null || enabled;
    }
}
