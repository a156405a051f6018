package org.techmatch.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the HTTP API.
 *
 * @param maxRequestBytes largest accepted request body; text fields have their own limits below this
 */
@ConfigurationProperties("techmatch.web")
public record WebProperties(long maxRequestBytes) {
    public WebProperties {
        if (maxRequestBytes <= 0) {
            maxRequestBytes = 4 * 1024 * 1024;
        }
    }
}
