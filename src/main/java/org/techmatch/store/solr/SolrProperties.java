package org.techmatch.store.solr;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SolrCloud collection of the solrcloud backend (techmatch.store.backend=solrcloud).
 *
 * @param zkHost            ZooKeeper ensemble of the cluster, with its chroot if any (zk1:2181,zk2:2181/solr)
 * @param collection        the collection holding every record (default techmatch)
 * @param shards            shards of a collection `solr-create` makes (default 2)
 * @param replicationFactor replicas of each shard it makes (default 2)
 * @param minRf             replicas that must hold a write before it is acknowledged (default 2; 1 accepts a write
 *                          only the leader has, which a crash of that node before it replicates could lose)
 * @param commitWithinMs    how soon other service instances' searches see a write (default 1000); this instance's
 *                          own later reads see it at once
 * @param requestTimeoutMs  how long one request to Solr may take before the store reports it unavailable
 */
@ConfigurationProperties("techmatch.solr")
public record SolrProperties(String zkHost, String collection, Integer shards, Integer replicationFactor,
                             Integer minRf, Integer commitWithinMs, Long requestTimeoutMs) {
    public SolrProperties {
        if (collection == null || collection.isBlank()) {
            collection = "techmatch";
        }
        if (shards == null || shards < 1) {
            shards = 2;
        }
        if (replicationFactor == null || replicationFactor < 1) {
            replicationFactor = 2;
        }
        if (minRf == null || minRf < 1) {
            minRf = Math.min(2, replicationFactor);
        }
        if (commitWithinMs == null || commitWithinMs < 0) {
            commitWithinMs = 1_000;
        }
        if (requestTimeoutMs == null || requestTimeoutMs < 100) {
            requestTimeoutMs = 30_000L;
        }
    }
}
