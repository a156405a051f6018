package org.techmatch.solrcloud;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.techmatch.store.solr.SolrCollections;
import org.techmatch.store.solr.SolrProperties;

/**
 * Puts a test's service on the harness's SolrCloud: a fresh collection (2 shards × 2 replicas) of its own, so a
 * suite written for the embedded backend runs unchanged on the solrcloud one by a subclass that calls this from
 * its {@code @DynamicPropertySource}.
 */
public final class SolrBackend {
    private static final AtomicInteger COLLECTIONS = new AtomicInteger();

    private SolrBackend() {
    }

    /** Creates the collection (named after the suite) and points techmatch.store.backend and techmatch.solr.* at it. */
    public static void register(DynamicPropertyRegistry registry, String suite) {
        properties(suite).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The same as service properties, for a service a test starts itself. */
    public static Map<String, String> properties(String suite) {
        SolrCloudHarness cluster = SolrCloudHarness.shared();
        String collection = suite.toLowerCase(java.util.Locale.ROOT) + "-" + COLLECTIONS.incrementAndGet();
        SolrCollections.create(new SolrProperties(cluster.zkHost(), collection, 2, 2, 2, 1_000, 20_000L));
        return Map.of("techmatch.store.backend", "solrcloud", "techmatch.solr.zk-host", cluster.zkHost(),
                "techmatch.solr.collection", collection);
    }
}
