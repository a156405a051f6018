package org.techmatch.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.catalog.Libraries;
import org.techmatch.migration.SourceTally;
import org.techmatch.migration.StoreMigration;
import org.techmatch.search.IndexAnalyzer;
import org.techmatch.store.RecordStore;
import org.techmatch.store.solr.SolrCollections;
import org.techmatch.store.solr.SolrRecordStore;
import org.techmatch.text.TextAnalysis;

/**
 * Moves every record between the embedded index and a SolrCloud collection, either way, and proves the copy with
 * the records per type and checksums of their sources (StoreMigration). The application context opens the index
 * (so a service still using it makes the command fail on the index's lock); the collection is opened beside it.
 */
final class MigrateCommand implements Command {
    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("from-index", "to-solr", "from-solr", "to-index", "shards", "replication-factor");
    }

    @Override
    public String usage() {
        return """
                migrate --from-index DIR --to-solr ZKHOST/COLLECTION [--shards N] [--replication-factor N]
                migrate --from-solr ZKHOST/COLLECTION --to-index DIR
                  Copies every record (ids, versions and JSON sources unchanged; indexed fields built again) into an
                  empty target, then compares the records per type and a checksum of the sources in the source, the
                  source read again and the target; prints them and exits 1 when anything differs. Stop every
                  writer first. A missing collection is created from the configset in the jar (default 2 shards x 2
                  replicas). Semantic vectors are copied with their records; records without one yet are embedded by
                  the service that opens the target. ZKHOST/COLLECTION: the collection after the last slash (zk1:2181,zk2:2181/solr/techmatch).""";
    }

    @Override
    public Map<String, Object> properties(Options options) {
        Direction direction;
        try {
            direction = Direction.of(options);
        } catch (IllegalArgumentException e) {
            return Map.of(); // run says what is wrong, before it touches anything
        }
        // The context's own store is the index side, always the embedded backend.
        return Map.of("techmatch.index.path", direction.index().toString(), "techmatch.store.backend", "embedded");
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        Direction direction = Direction.of(options);
        RecordStore index = context.getBean(RecordStore.class);
        if (direction.toSolr() && index.countsByType().isEmpty()) {
            throw new IllegalArgumentException("the index " + direction.index() + " holds no records: nothing to migrate");
        }
        Libraries libraries = context.getBean(Libraries.class);
        var solrProperties = direction.solr().properties(options.getInt("shards", 2),
                options.getInt("replication-factor", 2));
        if (direction.toSolr()) {
            System.out.println("collection " + direction.solr() + ": "
                    + SolrCollections.create(solrProperties).name().toLowerCase());
        }
        try (SolrRecordStore solr = new SolrRecordStore(solrProperties,
                new IndexAnalyzer(context.getBean(TextAnalysis.class)))) {
            RecordStore from = direction.toSolr() ? index : solr;
            RecordStore to = direction.toSolr() ? solr : index;
            System.out.println("migrate from " + from.location() + " to " + to.location());
            StoreMigration.Report report = new StoreMigration(stored -> libraries.remap(stored).fields())
                    .migrate(from, to);
            print(report);
            if (!report.verified()) {
                System.out.println("NOT VERIFIED:");
                report.differences().forEach(line -> System.out.println("  " + line));
                return 1;
            }
            System.out.println("verified: the target holds every record of the source with the same version and source");
            return 0;
        }
    }

    private static void print(StoreMigration.Report report) {
        SourceTally copied = report.copied();
        SourceTally target = report.target();
        TreeSet<String> types = new TreeSet<>(copied.counts().keySet());
        types.addAll(target.counts().keySet());
        System.out.printf("%-14s %9s %9s  %s%n", "type", "source", "target", "checksum of the sources (source / target)");
        for (String type : types) {
            String a = copied.checksums().getOrDefault(type, "-");
            String b = target.checksums().getOrDefault(type, "-");
            System.out.printf("%-14s %9d %9d  %s%n", type, copied.counts().getOrDefault(type, 0L),
                    target.counts().getOrDefault(type, 0L), a.equals(b) ? a : a + " / " + b);
        }
        double seconds = Math.max(report.copyMillis(), 1) / 1000.0;
        System.out.printf("total %d records copied in %.1f s (%.0f records/s), verified in %.1f s%n", copied.total(),
                seconds, copied.total() / seconds, report.verifyMillis() / 1000.0);
        System.out.printf("vectors %d copied with their records (the others are embedded by the service that opens the"
                + " target)%n", report.vectorsCopied());
    }

    /** Which way, checked before anything starts. */
    private record Direction(boolean toSolr, Path index, SolrLocation solr) {
        static Direction of(Options options) {
            boolean toSolr = options.has("from-index") && options.has("to-solr") && !options.has("from-solr")
                    && !options.has("to-index");
            boolean toIndex = options.has("from-solr") && options.has("to-index") && !options.has("from-index")
                    && !options.has("to-solr");
            if (!toSolr && !toIndex) {
                throw new IllegalArgumentException("give --from-index DIR --to-solr ZKHOST/COLLECTION, or --from-solr "
                        + "ZKHOST/COLLECTION --to-index DIR");
            }
            Path index = Path.of(options.get(toSolr ? "from-index" : "to-index", "")).toAbsolutePath().normalize();
            String solrOption = toSolr ? "to-solr" : "from-solr";
            return new Direction(toSolr, index, SolrLocation.parse(solrOption, options.get(solrOption, "")));
        }
    }
}
