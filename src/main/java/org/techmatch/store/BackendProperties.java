package org.techmatch.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which engine keeps the records.
 *
 * @param backend embedded (default): the Lucene index of techmatch.index on this machine; solrcloud: the SolrCloud
 *                collection of techmatch.solr
 */
@ConfigurationProperties("techmatch.store")
public record BackendProperties(Backend backend) {
    public enum Backend { EMBEDDED, SOLRCLOUD }

    public BackendProperties {
        if (backend == null) {
            backend = Backend.EMBEDDED;
        }
    }
}
