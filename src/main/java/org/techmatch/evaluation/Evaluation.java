package org.techmatch.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.matching.FeatureValue;
import org.techmatch.matching.MatchProfile;
import org.techmatch.matching.MatchService;
import org.techmatch.matching.Profiles;
import org.techmatch.matching.RankedCandidate;
import org.techmatch.semantic.EmbeddingJob;
import org.techmatch.store.RecordStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads an achievement file into the (fresh) index, computes its vectors, matches every demand of a demand
 * file and writes a TREC run, plus the ids of the demands the engine abstains on (暂无合适匹配). Ids in the
 * run are the records' ids in their source (A00001), so judgements made on the source apply.
 */
public final class Evaluation {
    static final String TAG = "techmatch";
    private static final int BATCH = 2_000;

    private final LibraryService<Achievement> achievements;
    private final LibraryService<Demand> demands;
    private final MatchService engine;
    private final EmbeddingJob embedding;
    private final RecordStore store;
    private final RecordFiles files;
    private final PrintStream log;

    public Evaluation(LibraryService<Achievement> achievements, LibraryService<Demand> demands, MatchService engine,
                      EmbeddingJob embedding, RecordStore store, JsonMapper json, PrintStream log) {
        this.achievements = achievements;
        this.demands = demands;
        this.engine = engine;
        this.embedding = embedding;
        this.store = store;
        this.files = new RecordFiles(json);
        this.log = log;
    }

    /** One judged or unjudged query's outcome: its ranked candidates (source ids) and whether the engine abstained. */
    public record QueryResult(String queryId, List<String> docIds, List<RankedCandidate> ranked, boolean abstained) {
    }

    /** Loads the achievements (unless the index already holds them) and returns our id → source id. */
    public Map<String, String> load(Path achievementFile) {
        Map<String, String> sourceIds = new HashMap<>();
        if (achievements.count() > 0) {
            log.println("index already holds " + achievements.count() + " achievements; not loading again");
        } else {
            RecordFiles.Loaded<Achievement> loaded = files.achievements(achievementFile);
            if (loaded.report() != null) {
                log.println("achievements: " + loaded.report());
            }
            for (int from = 0; from < loaded.records().size(); from += BATCH) {
                achievements.createAll(loaded.records().subList(from, Math.min(loaded.records().size(), from + BATCH)));
            }
            log.println("loaded " + loaded.records().size() + " achievements");
        }
        achievements.forEach(a -> sourceIds.put(a.id(), a.origin() == null || a.origin().externalId() == null
                ? a.id() : a.origin().externalId()));
        long started = System.nanoTime();
        long embedded = embedding.runUntilDone();
        if (embedded > 0) {
            log.printf(Locale.ROOT, "embedded %d records in %.1f s%n", embedded, (System.nanoTime() - started) / 1e9);
        }
        // storing each vector replaced its achievement; the scores must not depend on which copies merges removed
        store.settle();
        return sourceIds;
    }

    /** Matches the demands of a file (only those in onlyQueries when it is not empty). */
    public List<QueryResult> match(Path demandFile, Set<String> onlyQueries, Map<String, String> sourceIds) {
        RecordFiles.Loaded<Demand> loaded = files.demands(demandFile);
        if (loaded.report() != null) {
            log.println("demands: " + loaded.report());
        }
        List<QueryResult> results = new ArrayList<>();
        for (Demand demand : loaded.records()) {
            String qid = queryId(demand);
            if (!onlyQueries.isEmpty() && !onlyQueries.contains(qid)) {
                continue;
            }
            float[] vector = engine.embed(demands.kind().semanticText(demand));
            MatchProfile profile = Profiles.of(demand, vector);
            List<RankedCandidate> ranked = engine.rankAchievements(profile);
            boolean abstained = ranked.isEmpty() || ranked.getFirst().score() < engine.threshold();
            results.add(new QueryResult(qid, ranked.stream().map(c -> sourceIds.getOrDefault(c.id(), c.id())).toList(),
                    ranked, abstained));
        }
        return results;
    }

    /** Writes "qid Q0 docid rank score tag" lines (top of each query) and RUN.abstain. */
    public static void writeRun(List<QueryResult> results, Path run, int top) {
        try {
            if (run.toAbsolutePath().getParent() != null) {
                Files.createDirectories(run.toAbsolutePath().getParent());
            }
            try (Writer out = Files.newBufferedWriter(run, StandardCharsets.UTF_8);
                 Writer abstain = Files.newBufferedWriter(Path.of(run + ".abstain"), StandardCharsets.UTF_8)) {
                for (QueryResult result : results) {
                    for (int i = 0; i < Math.min(top, result.docIds().size()); i++) {
                        out.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", result.queryId(),
                                result.docIds().get(i), i + 1, result.ranked().get(i).score(), TAG));
                    }
                    if (result.abstained()) {
                        abstain.write(result.queryId() + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run " + run, e);
        }
    }

    /** Writes every ranked candidate's feature values (qid, docid, score, features…) for offline analysis. */
    public static void writeFeatures(List<QueryResult> results, Path file) {
        List<String> names = featureNames(results);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("qid\tdocid\tscore\t" + String.join("\t", names) + "\n");
            for (QueryResult result : results) {
                for (int i = 0; i < result.ranked().size(); i++) {
                    RankedCandidate c = result.ranked().get(i);
                    StringBuilder line = new StringBuilder(result.queryId() + "\t" + result.docIds().get(i) + "\t"
                            + String.format(Locale.ROOT, "%.6f", c.score()));
                    c.features().forEach(f -> line.append(String.format(Locale.ROOT, "\t%.6f", f.value())));
                    out.write(line.append('\n').toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write features to " + file, e);
        }
    }

    /**
     * Writes "kind TAB source id TAB comma-separated vector" for every achievement with a vector and every demand
     * of the demand file (all of them, not only judged ones: the demand library a live system has), for offline
     * analysis of neighbourhoods (hubness).
     */
    public void writeVectors(Path demandFile, Map<String, String> sourceIds, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> a : sourceIds.entrySet()) {
                float[] v = engine.storedVector(a.getKey());
                if (v != null) {
                    out.write("achievement\t" + a.getValue() + "\t" + join(v) + "\n");
                }
            }
            for (Demand demand : files.demands(demandFile).records()) {
                float[] v = engine.embed(demands.kind().semanticText(demand));
                if (v != null) {
                    out.write("demand\t" + queryId(demand) + "\t" + join(v) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write vectors to " + file, e);
        }
    }

    private static String join(float[] v) {
        StringBuilder s = new StringBuilder();
        for (float x : v) {
            s.append(s.isEmpty() ? "" : ",").append(x);
        }
        return s.toString();
    }

    /** The demand's id in its source, or its title (spaces made underscores: TREC columns split on blanks). */
    static String queryId(Demand demand) {
        if (demand.origin() != null && demand.origin().externalId() != null) {
            return demand.origin().externalId();
        }
        return demand.id() != null ? demand.id() : demand.title().replaceAll("\\s+", "_");
    }

    /** The feature names in the order of a ranked candidate's values. */
    static List<String> featureNames(List<QueryResult> results) {
        return results.stream().flatMap(r -> r.ranked().stream()).findFirst()
                .map(c -> c.features().stream().map(FeatureValue::feature).toList()).orElse(List.of());
    }
}
