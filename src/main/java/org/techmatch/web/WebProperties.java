package org.techmatch.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the HTTP API.
 *
 * @param maxRequestBytes largest accepted request body; text fields have their own limits below this
 * @param maxUploadBytes  largest accepted body of an import upload ({@code POST /api/imports}): spreadsheets of a
 *                        whole library are far larger than one record, and are streamed to disk, not held in memory
 */
@ConfigurationProperties("techmatch.web")
public record WebProperties(long maxRequestBytes, long maxUploadBytes) {
    public WebProperties {
        if (maxRequestBytes <= 0) {
            maxRequestBytes = 4 * 1024 * 1024;
        }
        if (maxUploadBytes <= 0) {
            maxUploadBytes = 256L * 1024 * 1024;
        }
    }
}
