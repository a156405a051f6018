package org.techmatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.achievement.Achievement;
import org.techmatch.benchmark.BenchReport;
import org.techmatch.benchmark.BenchTexts;
import org.techmatch.benchmark.MatchBenchmark;
import org.techmatch.benchmark.PoolVectors;
import org.techmatch.benchmark.SizeFigures;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.matching.MatchService;
import org.techmatch.semantic.TextEmbedder;
import org.techmatch.store.RecordStore;
import org.techmatch.store.solr.SolrCollections;
import tools.jackson.databind.json.JsonMapper;

/** Match latency, indexing and embedding throughput and heap at several library sizes. */
final class MatchBenchmarkCommand implements Command {
    private static final long SEED = 20261122L;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("sizes", "json", "work", "queries", "warm-up", "pool", "shared", "solr", "solr-shards",
                "solr-replicas", "backends");
    }

    @Override
    public String usage() {
        return """
                bench [--sizes 10000,100000,1000000] [--json OUT] [--work DIR] [--queries 300] [--warm-up 3000]
                      [--pool 2000] [--shared ../shared/data]
                      [--solr ZKHOST/PREFIX [--solr-shards 2] [--solr-replicas 2] [--backends embedded,solrcloud]]
                  For each size, builds an index of that many achievements recombined from real texts (fixtures,
                  the tech-market export and CSL abstracts under --shared) with vectors, then times demand → top 20
                  with explanations, lexical + structured features and with vectors (the query's embedding
                  included), from 1 and from 8 concurrent clients, after a warm-up; prints a table (and writes it
                  as JSON to OUT). The model embeds --pool base texts; a generated record's vector mixes its bases'
                  vectors (see README). Indexes and base vectors stay in --work DIR (default: a new temporary
                  directory) and are reused by a later run with the same DIR. --queries demands per phase, --warm-up
                  lexical queries (and a quarter as many with vectors) before the first phase, from demands no phase
                  asks. Give the JVM room: -Xmx6g for a million.
                  --solr ZKHOST/PREFIX  also measures the solrcloud backend on a running cluster, right after the
                                   embedded index at each size: the records in collection PREFIX-SIZE (created with
                                   --solr-shards x --solr-replicas when missing, reused when it holds SIZE
                                   achievements and the build record in --work); --backends solrcloud measures it
                                   alone (e.g. again after adding a node).""";
    }

    @Override
    public Map<String, Object> properties(Options options) {
        try {
            return Map.of("techmatch.index.path", Files.createTempDirectory("techmatch-bench-texts-").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : options.get("sizes", "10000,100000,1000000").split(",")) {
            try {
                sizes.add(Integer.parseInt(size.strip().replace("_", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--sizes takes whole numbers separated by commas, not '" + size + "'");
            }
        }
        Path work = options.has("work") ? Path.of(options.get("work", "")) : Files.createTempDirectory("techmatch-bench-");
        Files.createDirectories(work);
        JsonMapper json = context.getBean(JsonMapper.class);
        LibraryService<Achievement> validator = context.getBean("achievementLibrary", LibraryService.class);
        BenchTexts all = BenchTexts.load(json, Path.of(options.get("shared", "../shared/data")), SEED, System.out);
        List<Achievement> valid = all.bases().stream().filter(a -> validator.problems(a).isEmpty()).toList();
        int poolSize = Math.min(options.getInt("pool", 2_000), valid.size());
        BenchTexts texts = new BenchTexts(valid, all.queries());
        System.out.printf("texts: %,d base achievements (%,d embedded), %,d demands as queries; work directory %s%n",
                valid.size(), poolSize, texts.queries().size(), work.toAbsolutePath());
        PoolVectors pool = PoolVectors.load(valid.subList(0, poolSize).stream()
                        .map(a -> validator.kind().semanticText(a)).toList(), context.getBean(TextEmbedder.class),
                work.resolve("pool-vectors.bin"), System.out);
        MatchBenchmark benchmark = new MatchBenchmark(texts, pool, options.getInt("queries", 300),
                options.getInt("warm-up", MatchBenchmark.DEFAULT_WARM_UP), json, System.out);

        List<String> backends = List.of(options.get("backends", options.has("solr") ? "embedded,solrcloud"
                : "embedded").split(","));
        if (backends.contains("solrcloud") && !options.has("solr")) {
            throw new IllegalArgumentException("--backends solrcloud needs --solr ZKHOST/PREFIX (a running cluster)");
        }
        List<SizeFigures> results = new ArrayList<>();
        for (int size : sizes) {
            for (String backend : backends) {
                Map<String, Object> properties = new LinkedHashMap<>();
                Path dir;
                switch (backend.strip()) {
                    case "embedded" -> {
                        dir = work.resolve("achievements-" + size);
                        properties.put("techmatch.index.path", dir.toString());
                        properties.put("techmatch.index.ram-buffer-mb", 512);
                    }
                    case "solrcloud" -> {
                        SolrLocation prefix = SolrLocation.parse("solr", options.get("solr", ""));
                        SolrLocation collection = new SolrLocation(prefix.zkHost(), prefix.collection() + "-" + size);
                        System.out.println("collection " + collection + ": " + SolrCollections.create(collection
                                .properties(options.getInt("solr-shards", 2), options.getInt("solr-replicas", 2)))
                                .name().toLowerCase(java.util.Locale.ROOT));
                        dir = work.resolve("solrcloud-" + collection.collection());
                        Files.createDirectories(dir);
                        properties.put("techmatch.index.path", dir.resolve("local-index").toString());
                        properties.put("techmatch.store.backend", "solrcloud");
                        properties.put("techmatch.solr.zk-host", collection.zkHost());
                        properties.put("techmatch.solr.collection", collection.collection());
                        // a batch of 10,000 records with vectors outlasts a request's default 30 s on a busy machine
                        properties.put("techmatch.solr.request-timeout-ms", 600_000L);
                    }
                    default -> throw new IllegalArgumentException("--backends takes embedded and/or solrcloud, not '"
                            + backend + "'");
                }
                try (ConfigurableApplicationContext sized = Commands.start(properties)) {
                    results.add(benchmark.measure(size, new MatchBenchmark.Engine(backend.strip(),
                            sized.getBean("achievementLibrary", LibraryService.class),
                            (LibraryService<Demand>) sized.getBean("demandLibrary", LibraryService.class),
                            sized.getBean(MatchService.class), sized.getBean(TextEmbedder.class),
                            sized.getBean(RecordStore.class)), dir));
                }
            }
        }
        BenchReport report = new BenchReport(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, pool.vectors().length, pool.textsPerSecond(), results);
        System.out.println(report.table());
        if (options.has("json")) {
            json.writerWithDefaultPrettyPrinter().writeValue(Path.of(options.get("json", "")).toFile(), report);
        }
        return 0;
    }
}
