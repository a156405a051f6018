package org.techmatch.benchmark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.matching.MatchPage;
import org.techmatch.matching.MatchRequest;
import org.techmatch.matching.MatchService;
import org.techmatch.matching.Profiles;
import org.techmatch.semantic.TextEmbedder;
import org.techmatch.semantic.VectorFields;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.RecordStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * One library size: builds the achievement library (or reuses one an earlier run built in the same directory),
 * then times demand → top 20 (with explanations) lexical-only and with vectors (the query's embedding
 * included), from one client and from eight; beside them, with the same clients, the floor: the bare BM25
 * candidate query of the first stage alone, so every match figure reads against what the index itself costs.
 */
public final class MatchBenchmark {
    /** Records stored per commit while building: a commit per few thousand would flush tiny segments. */
    private static final int BATCH = 10_000;
    /**
     * Lexical queries before measuring. On two cores the JIT compiler competes with the queries for a long while:
     * after 200 queries the first measured phase still ran at 1.3 times its settled median with a p99 three times
     * higher, and after 1,000 its p99 still ranged from 16 to 44 ms at 100k.
     */
    public static final int DEFAULT_WARM_UP = 3_000;
    /**
     * Unmeasured queries in a phase's mode just before it: the first requests after a switch of mode (or after
     * the embedding measurement) ran at several times the median, a start-up cost a running service pays once.
     */
    private static final int SETTLE = 20;
    private static final MatchRequest TOP_20 = new MatchRequest(0, 20, Map.of(), true);
    private static final String BUILD_FILE = "build.json";
    /** The floor first (the first stage's BM25 query alone), then the full match without and with vectors. */
    static final String[] PHASES = {"bm25", "lexical", "vectors"};

    /**
     * The services of the application context built on this size's records, and the backend keeping them
     * (embedded or solrcloud, as techmatch.store.backend names it).
     */
    public record Engine(String backend, LibraryService<Achievement> achievements, LibraryService<Demand> demands,
                         MatchService matches, TextEmbedder embedder, RecordStore store) {
        /** Waits for the embedded index's background merges (a collection merges inside the cluster). */
        void awaitMerges() {
            if (store instanceof DocumentStore index) {
                index.awaitMerges();
            }
        }
    }

    /** Build figures kept beside the index, so a later run that reuses it can report them. */
    record BuildRecord(int records, double seconds, double recordsPerSecond) {
    }

    private final BenchTexts texts;
    private final PoolVectors pool;
    private final int queriesPerPhase;
    private final int warmUpQueries;
    private final JsonMapper json;
    private final PrintStream out;

    public MatchBenchmark(BenchTexts texts, PoolVectors pool, int queriesPerPhase, int warmUpQueries, JsonMapper json,
                          PrintStream out) {
        this.warmUpQueries = warmUpQueries;
        this.texts = texts;
        this.pool = pool;
        this.queriesPerPhase = queriesPerPhase;
        this.json = json;
        this.out = out;
    }

    public SizeFigures measure(int size, Engine engine, Path dir) throws Exception {
        int stored = engine.store().count(AchievementKind.TYPE);
        boolean reused = stored == size && Files.isRegularFile(dir.resolve(BUILD_FILE));
        if (!reused && stored != 0) {
            throw new IllegalStateException(dir + " holds " + stored + " achievements, not " + size
                    + "; delete it to build again");
        }
        BuildRecord build = reused ? json.readValue(dir.resolve(BUILD_FILE).toFile(), BuildRecord.class)
                : build(size, engine, dir);
        engine.awaitMerges();
        List<Demand> queries = texts.queries();
        Function<Demand, MatchPage> lexical = d -> engine.matches().achievementsForProfile(Profiles.of(d, null), TOP_20);
        Function<Demand, Integer> bm25 = d -> engine.matches().lexicalCandidatesOnly(Profiles.of(d, null));
        Function<Demand, MatchPage> withVectors = d -> engine.matches().achievementsForProfile(
                Profiles.of(d, engine.embedder().embed(engine.demands().kind().semanticText(d))), TOP_20);

        out.printf("%s %,d: warming up%n", engine.backend(), size);
        // The phases take the demands from the first on; the warm-up takes those after them, so no measured query
        // was asked before (what the engine keeps per candidate record stays warm, as in a running service).
        int measured = PHASES.length * 2 * queriesPerPhase;
        List<Demand> warmUp = measured < queries.size() ? slice(queries, measured, queries.size() - measured)
                : slice(queries, 0, Math.min(warmUpQueries, queries.size()));
        for (int asked = 0; asked < warmUpQueries; asked += Math.min(warmUp.size(), warmUpQueries - asked)) {
            LatencyRun.run("warm-up", 2, slice(warmUp, 0, Math.min(warmUp.size(), warmUpQueries - asked)), lexical);
            engine.matches().clearCaches(); // so a demand asked again is ranked again
        }
        LatencyRun.run("warm-up", 2, slice(warmUp, 0, Math.min(warmUp.size(), Math.max(1, warmUpQueries / 4))),
                withVectors);
        double[] embedding = embeddingLatency(engine, slice(queries, 0, Math.min(100, queriesPerPhase)));

        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<LatencyFigures> latency = new ArrayList<>();
        int offset = 0;
        for (int clients : new int[] {1, 8}) {
            for (String mode : PHASES) {
                int count = queriesPerPhase;
                Function<Demand, ?> ask = switch (mode) {
                    case "bm25" -> bm25;
                    case "lexical" -> lexical;
                    default -> withVectors;
                };
                LatencyRun.run("settle", clients, slice(warmUp, warmUpQueries / 4, SETTLE), ask);
                engine.matches().clearCaches();
                LatencyFigures figures = LatencyRun.run(mode, clients, slice(queries, offset, count), ask);
                offset += count;
                latency.add(figures);
                out.printf("%s %,d: %-7s %d client(s): median %.2f ms, p99 %.2f ms, %.1f requests/s%n",
                        engine.backend(), size, mode, clients, figures.medianMs(), figures.p99Ms(), figures.perSecond());
            }
        }
        double peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
        System.gc();
        double heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        DocumentStore index = engine.store() instanceof DocumentStore local ? local : null;
        return new SizeFigures(engine.backend(), size, reused, build.seconds(), build.recordsPerSecond(),
                index == null ? -1 : index.sizeOnDisk() / 1048576.0, index == null ? -1 : index.segmentCount(),
                heapAfter, peak,
                embedding[0], embedding[1], latency);
    }

    private BuildRecord build(int size, Engine engine, Path dir) throws Exception {
        SyntheticLibrary library = new SyntheticLibrary(texts.bases().subList(0, pool.vectors().length),
                pool.vectors(), size);
        long started = System.nanoTime();
        for (int done = 0; done < size; ) {
            List<SyntheticLibrary.Item> items = library.next(Math.min(BATCH, size - done));
            int[] next = {0};
            engine.achievements().createAll(items.stream().map(SyntheticLibrary.Item::achievement).toList(),
                    (record, doc) -> VectorFields.add(doc, items.get(next[0]++).vector()));
            done += items.size();
            if (done % 100_000 == 0 || done == size) {
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("%s %,d: stored %,d in %.0f s (%.0f records/s)%n", engine.backend(), size, done, seconds,
                        done / seconds);
            }
        }
        engine.awaitMerges();
        double seconds = (System.nanoTime() - started) / 1e9;
        BuildRecord build = new BuildRecord(size, seconds, size / seconds);
        json.writeValue(dir.resolve(BUILD_FILE).toFile(), build);
        return build;
    }

    /** The query's own embedding, alone: the part of a vector match the model takes. */
    private static double[] embeddingLatency(Engine engine, List<Demand> queries) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
            String text = engine.demands().kind().semanticText(queries.get(i));
            long started = System.nanoTime();
            engine.embedder().embed(text);
            nanos[i] = System.nanoTime() - started;
        }
        java.util.Arrays.sort(nanos);
        return new double[] {LatencyFigures.percentile(nanos, 0.5), LatencyFigures.percentile(nanos, 0.99)};
    }

    /** count queries from offset on, wrapping around when the demands run out. */
    private static List<Demand> slice(List<Demand> queries, int offset, int count) {
        List<Demand> slice = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            slice.add(queries.get((offset + i) % queries.size()));
        }
        return slice;
    }
}
