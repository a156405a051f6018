package org.techmatch.cli;

import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.store.solr.SolrCollections;
import org.techmatch.store.solr.SolrProperties;

/** Creates the SolrCloud collection of the solrcloud backend from the configset in the jar. */
final class SolrCreateCommand implements Command {
    @Override
    public String name() {
        return "solr-create";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("zk-host", "collection", "shards", "replication-factor");
    }

    @Override
    public String usage() {
        return """
                solr-create --zk-host HOST [--collection C] [--shards N] [--replication-factor N]
                  Uploads the configset shipped in the jar (schema version in its name) to the SolrCloud of
                  ZooKeeper HOST (host:port[,host:port…][/chroot]) and creates collection C from it, waiting until
                  every replica is active. A collection that exists is kept when its schema version is this
                  service's, and refused (exit 1, naming both versions) when it is not.
                  --collection C             default techmatch
                  --shards N                 default 2
                  --replication-factor N     default 2""";
    }

    /** It talks to the cluster only: starting the service would open the store it is about to create. */
    @Override
    public boolean needsContext(Options options) {
        return false;
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) {
        if (!options.has("zk-host")) {
            throw new IllegalArgumentException("--zk-host HOST is required");
        }
        SolrProperties properties = new SolrProperties(options.get("zk-host", ""), options.get("collection", null),
                number(options, "shards"), number(options, "replication-factor"), null, null, null);
        try {
            SolrCollections.Outcome outcome = SolrCollections.create(properties);
            System.out.println((outcome == SolrCollections.Outcome.CREATED ? "created" : "kept the existing")
                    + " collection " + properties.collection() + " (" + properties.shards() + " shards x "
                    + properties.replicationFactor() + " replicas requested) on " + properties.zkHost());
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("solr-create refused: " + e.getMessage());
            return 1;
        }
    }

    private static Integer number(Options options, String name) {
        if (!options.has(name)) {
            return null;
        }
        String value = options.get(name, "");
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number of at least 1, not " + value);
        }
    }
}
