package org.techmatch.cli;

import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.store.solr.SolrBackups;

/** Backs up a collection of the solrcloud backend with Solr's Collections API BACKUP (SolrBackups). */
final class SolrBackupCommand implements Command {
    @Override
    public String name() {
        return "solr-backup";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("solr", "to", "name", "timeout-s");
    }

    @Override
    public String usage() {
        return """
                solr-backup --solr ZKHOST/COLLECTION --to LOCATION [--name NAME] [--timeout-s S]
                  Commits, then backs up every shard of the collection and its configset with Solr's Collections
                  API (BACKUP) as NAME (default: the collection's name) under LOCATION, a directory every Solr node
                  can write and that the cluster allows (solr.allowPaths; a shared file system for several machines).
                  Backups of one name are kept as numbered incremental points. Prints the records per type at the
                  backup's commit. Waits up to --timeout-s seconds (default 3600). Restore with solr-restore.""";
    }

    @Override
    public boolean needsContext(Options options) {
        return false;
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        if (!options.has("solr") || !options.has("to")) {
            throw new IllegalArgumentException("--solr ZKHOST/COLLECTION and --to LOCATION are required");
        }
        SolrLocation solr = SolrLocation.parse("solr", options.get("solr", ""));
        SolrBackups.Outcome outcome = SolrBackups.backup(solr.properties(null, null),
                options.get("name", solr.collection()), options.get("to", ""), options.getInt("timeout-s", 3600));
        System.out.println("backup " + outcome.backupName() + " of " + solr + " in " + outcome.location());
        System.out.println("records " + outcome.total() + " " + outcome.records());
        System.out.printf("took %.1f s%n", outcome.millis() / 1000.0);
        return 0;
    }
}
