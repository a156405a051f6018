package org.techmatch.cli;

import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.store.solr.SolrBackups;

/** Restores a solr-backup into a new collection with Solr's Collections API RESTORE (SolrBackups). */
final class SolrRestoreCommand implements Command {
    @Override
    public String name() {
        return "solr-restore";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("solr", "from", "name", "timeout-s");
    }

    @Override
    public String usage() {
        return """
                solr-restore --solr ZKHOST/NEW_COLLECTION --from LOCATION --name NAME [--timeout-s S]
                  Restores the newest point of the backup NAME under LOCATION (see solr-backup) into a collection
                  that must not exist yet, with the backed-up configset and shards, and prints its records per type
                  (compare them with those solr-backup printed). Point techmatch.solr.collection at it, or use an
                  alias, to serve from it. Waits up to --timeout-s seconds (default 3600).""";
    }

    @Override
    public boolean needsContext(Options options) {
        return false;
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        if (!options.has("solr") || !options.has("from") || !options.has("name")) {
            throw new IllegalArgumentException("--solr ZKHOST/NEW_COLLECTION, --from LOCATION and --name NAME are required");
        }
        SolrLocation solr = SolrLocation.parse("solr", options.get("solr", ""));
        SolrBackups.Outcome outcome = SolrBackups.restore(solr.properties(null, null), options.get("name", ""),
                options.get("from", ""), options.getInt("timeout-s", 3600));
        System.out.println("restored " + outcome.backupName() + " from " + outcome.location() + " into " + solr);
        System.out.println("records " + outcome.total() + " " + outcome.records());
        System.out.printf("took %.1f s%n", outcome.millis() / 1000.0);
        return 0;
    }
}
