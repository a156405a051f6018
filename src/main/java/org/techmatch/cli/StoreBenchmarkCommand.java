package org.techmatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.search.SearchQueryParser;
import org.techmatch.store.DocumentStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the store: acknowledged (durable) writes per second with N concurrent writers, search latency
 * over fixture queries after a warm-up, and the index size. Runs on a fresh temporary index unless --index.
 */
final class StoreBenchmarkCommand implements Command {
    @Override
    public String name() {
        return "bench-store";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("index", "writers", "records", "warm-up", "queries", "json");
    }

    @Override
    public String usage() {
        return """
                bench-store [--writers 8] [--records 4000] [--warm-up 2000] [--queries 1000] [--index DIR] [--json OUT]
                  Loads the fixtures into a fresh temporary index (or DIR), then measures: durable writes/s with
                  --writers concurrent writers each creating records through the service (every write waits for
                  its commit), after --warm-up writes made the same way and not counted (the JIT compiles the
                  write path meanwhile; 0 measures a cold start), search latency (median, p99) over --queries fixture-derived queries after a
                  warm-up, and the index size. Prints a table; --json also writes the figures as JSON.""";
    }

    @Override
    public Map<String, Object> properties(Options options) {
        if (options.has("index")) {
            return Map.of("techmatch.fixtures.load-on-empty", true);
        }
        try {
            Path temp = Files.createTempDirectory("techmatch-bench-");
            return Map.of("techmatch.index.path", temp.toString(), "techmatch.fixtures.load-on-empty", true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        int writers = options.getInt("writers", 8);
        int records = options.getInt("records", 4000);
        int queries = options.getInt("queries", 1000);
        DocumentStore store = context.getBean(DocumentStore.class);
        LibraryService<Achievement> achievements = context.getBean("achievementLibrary", LibraryService.class);
        LibraryService<Demand> demands = context.getBean("demandLibrary", LibraryService.class);
        JsonMapper json = context.getBean(JsonMapper.class);

        List<Achievement> samples = new ArrayList<>();
        store.forEach("achievement", stored -> samples.add(achievements.decode(stored)));
        List<Demand> demandSamples = new ArrayList<>();
        store.forEach("demand", stored -> demandSamples.add(demands.decode(stored)));
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no achievements to sample from: the fixtures did not load");
        }

        long fixtureBytes = store.sizeOnDisk();
        int fixtureRecords = achievements.count() + demands.count();

        // Writes: each writer creates records (a fixture with a varied title) and waits for durability; the warm-up
        // writes the same way first, so the figures are of a service whose write path is compiled, as it is after
        // its first minute
        int warmUp = options.getInt("warm-up", 2000);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        writeConcurrently(pool, writers, 0, warmUp, samples, achievements);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long writeStart = System.nanoTime();
        writeConcurrently(pool, writers, warmUp, warmUp + records, samples, achievements);
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        // CPU of the whole process (writers, background commits, merges, refreshes) per acknowledged write: on a
        // shared machine wall-clock writes/s moves with the load, CPU per write much less
        double cpuMsPerWrite = (os.getProcessCpuTime() - cpuStart) / 1e6 / records;
        pool.shutdown();
        double writesPerSecond = records / writeSeconds;

        // Searches: titles and keyword pairs of the fixtures, a mix of short and long queries.
        List<String> texts = new ArrayList<>();
        for (int i = 0; texts.size() < queries; i++) {
            Achievement a = samples.get(i % samples.size());
            Demand d = demandSamples.isEmpty() ? null : demandSamples.get(i % demandSamples.size());
            switch (i % 3) {
                case 0 -> texts.add(a.title());
                case 1 -> texts.add(String.join(" ", a.keywords().subList(0, Math.min(2, a.keywords().size()))));
                default -> texts.add(d == null ? a.title() : d.title());
            }
        }
        for (int i = 0; i < Math.min(300, queries); i++) {
            search(achievements, texts.get(ThreadLocalRandom.current().nextInt(texts.size())));
        }
        long[] nanos = new long[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long t0 = System.nanoTime();
            search(achievements, texts.get(i));
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[nanos.length / 2] / 1e6;
        double p99Ms = nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6;
        long sizeBytes = store.sizeOnDisk();
        int total = achievements.count() + demands.count();

        System.out.printf("%-44s %s%n", "figure", "value");
        System.out.printf("%-44s %d%n", "writers", writers);
        System.out.printf("%-44s %d%n", "warm-up writes (not counted)", warmUp);
        System.out.printf("%-44s %d in %.2f s%n", "acknowledged (durable) writes", records, writeSeconds);
        System.out.printf("%-44s %.0f%n", "write throughput (records/s)", writesPerSecond);
        System.out.printf("%-44s %.2f%n", "process CPU per acknowledged write (ms)", cpuMsPerWrite);
        System.out.printf("%-44s %d%n", "search queries (after warm-up)", texts.size());
        System.out.printf("%-44s %.2f%n", "search latency median (ms)", medianMs);
        System.out.printf("%-44s %.2f%n", "search latency p99 (ms)", p99Ms);
        System.out.printf("%-44s %d%n", "fixture records", fixtureRecords);
        System.out.printf("%-44s %.2f%n", "index size with the fixtures only (MiB)", fixtureBytes / 1048576.0);
        System.out.printf("%-44s %d%n", "records in index after the write test", total);
        System.out.printf("%-44s %.2f%n", "index size after the write test (MiB)", sizeBytes / 1048576.0);
        if (options.has("json")) {
            Map<String, Object> figures = new java.util.LinkedHashMap<>();
            figures.put("writers", writers);
            figures.put("warmUpWrites", warmUp);
            figures.put("records", records);
            figures.put("writeSeconds", writeSeconds);
            figures.put("writesPerSecond", writesPerSecond);
            figures.put("cpuMsPerWrite", cpuMsPerWrite);
            figures.put("searchQueries", texts.size());
            figures.put("searchMedianMs", medianMs);
            figures.put("searchP99Ms", p99Ms);
            figures.put("fixtureRecords", fixtureRecords);
            figures.put("fixtureIndexBytes", fixtureBytes);
            figures.put("recordsInIndex", total);
            figures.put("indexBytes", sizeBytes);
            Files.writeString(Path.of(options.get("json", "bench-store.json")), json.writeValueAsString(figures));
        }
        return 0;
    }

    /** Creates the records numbered from until to (exclusive) with writers threads and waits for every one. */
    private static void writeConcurrently(ExecutorService pool, int writers, int from, int to, List<Achievement> samples,
                                          LibraryService<Achievement> achievements) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    Achievement base = samples.get(i % samples.size());
                    achievements.create(new Achievement(null, 0, base.status(), base.title() + "（第" + i + "批）",
                            base.description(), base.owner(), base.team(), base.contact(), base.techField(),
                            base.industry(), base.keywords(), base.maturity(), base.ip(), base.transferModes(),
                            base.askingPrice(), base.applicationScope(), base.region(), null, null, null));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static void search(LibraryService<Achievement> achievements, String text) {
        achievements.search(SearchQueryParser.parse(Map.of("q", List.of(text)),
                achievements.kind().searchSchema()), Viewer.ANONYMOUS, Map.of("title", Achievement::title,
                "description", Achievement::description));
    }
}
