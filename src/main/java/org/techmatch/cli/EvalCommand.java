package org.techmatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.evaluation.CrossValidation;
import org.techmatch.evaluation.Evaluation;
import org.techmatch.evaluation.FusionFit;
import org.techmatch.evaluation.Reliability;
import org.techmatch.matching.FusionModels;
import org.techmatch.matching.FusionModel;
import org.techmatch.matching.MatchingProperties;
import org.techmatch.semantic.SemanticProperties;
import org.techmatch.store.solr.SolrCollections;

/** Writes a TREC run (and the abstentions) for judged data; optionally fits the fusion weights to judgements. */
final class EvalCommand implements Command {
    @Override
    public String name() {
        return "eval";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("achievements", "demands", "run", "top", "index", "solr", "queries", "fit", "no-vectors", "features",
                "cv", "cv-seeds", "vectors");
    }

    @Override
    public String usage() {
        return """
                eval --achievements FILE --demands FILE --run OUT [--top 100] [--queries QRELS] [--index DIR]
                     [--solr ZKHOST/COLLECTION] [--fit QRELS] [--cv K [--cv-seeds S]] [--no-vectors true]
                     [--features OUT] [--vectors OUT]
                  Loads the achievements (our JSON Lines or the tech-market export) into a fresh temporary index
                  (or DIR, reused when it already holds them), computes their vectors, matches every demand of
                  the demand file and writes a TREC run of the best --top per demand to OUT, and to OUT.abstain
                  the ids of the demands the engine answers 暂无合适匹配. Ids are the records' source ids.
                  --solr ZK/COLL   on the solrcloud backend: the records in this collection (created with 2 shards
                                   x 2 replicas when missing, reused when it already holds achievements)
                  --queries QRELS  only the demands judged in this file; also prints a reliability table (score
                                   bands of the judged top-10 pairs: pairs, share judged relevant) and the
                                   expected calibration error, then the same pairs in the bands 高/中/低
                                   a page shows, each said to be within 0.1 of its range or not
                  --fit QRELS      also fit the fusion model (pairwise ranking, then calibration) and the
                                   暂无合适匹配 threshold to these judgements; prints them for application.yml
                                   with their figures on the same judgements
                  --cv K           with --queries: K-fold cross-validation by demand; prints the held-out
                                   ranking figures, abstentions and reliability table
                  --cv-seeds S     with --cv: also the held-out figures averaged over S splits into folds
                                   (the fixed one first); a split alone moves nDCG@10 by about ±0.015
                  --no-vectors     lexical and structured features only
                  --features OUT   also write every candidate's feature values as TSV (for analysis)
                  --vectors OUT    also write the vectors of every achievement and of every demand of the
                                   demand file as TSV (for analysis of neighbourhoods)
                  Score with: java ../shared/eval/Score.java ../shared/eval/dev-qrels.txt OUT""";
    }

    @Override
    public Map<String, Object> properties(Options options) {
        Map<String, Object> properties = new java.util.HashMap<>();
        if (!options.has("index") || options.has("solr")) {
            try {
                properties.put("techmatch.index.path", Files.createTempDirectory("techmatch-eval-").toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (options.has("solr")) {
            SolrLocation solr = SolrLocation.parse("solr", options.get("solr", ""));
            System.out.println("collection " + solr + ": "
                    + SolrCollections.create(solr.properties(null, null)).name().toLowerCase(java.util.Locale.ROOT));
            properties.put("techmatch.store.backend", "solrcloud");
            properties.put("techmatch.solr.zk-host", solr.zkHost());
            properties.put("techmatch.solr.collection", solr.collection());
        }
        if (Boolean.parseBoolean(options.get("no-vectors", "false"))) {
            properties.put("techmatch.semantic.enabled", false);
        }
        return properties;
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) {
        Path achievements = requiredFile(options, "achievements");
        Path demands = requiredFile(options, "demands");
        if (!options.has("run")) {
            throw new IllegalArgumentException("--run OUT is required");
        }
        Path run = Path.of(options.get("run", ""));
        int top = options.getInt("top", 100);
        Set<String> queries = options.has("queries")
                ? FusionFit.judgedQueries(requiredFile(options, "queries")) : Set.of();
        Evaluation evaluation = context.getBean(Evaluation.class);
        Map<String, String> sourceIds = evaluation.load(achievements);
        long started = System.nanoTime();
        List<Evaluation.QueryResult> results = evaluation.match(demands, queries, sourceIds);
        Evaluation.writeRun(results, run, top);
        long abstained = results.stream().filter(Evaluation.QueryResult::abstained).count();
        System.out.printf("matched %d demands in %.1f s; abstained on %d; run written to %s%n", results.size(),
                (System.nanoTime() - started) / 1e9, abstained, run.toAbsolutePath());
        System.out.println("ranking model: " + context.getBean(FusionModels.class).version());
        if (options.has("queries")) {
            System.out.print(Reliability.report(results, requiredFile(options, "queries"), 10));
            System.out.print(Reliability.levels(results, requiredFile(options, "queries"), 10,
                    context.getBean(MatchingProperties.class).threshold()));
        }
        if (options.has("features")) {
            Evaluation.writeFeatures(results, Path.of(options.get("features", "")));
        }
        if (options.has("vectors")) {
            evaluation.writeVectors(demands, sourceIds, Path.of(options.get("vectors", "")));
        }
        FusionModel current = context.getBean(SemanticProperties.class).isEnabled()
                ? context.getBean(MatchingProperties.class).withVectors()
                : context.getBean(MatchingProperties.class).lexicalOnly();
        if (options.has("fit")) {
            System.out.print(CrossValidation.fitted(results, requiredFile(options, "fit"), current));
        }
        if (options.has("cv-seeds") && !options.has("cv")) {
            throw new IllegalArgumentException("--cv-seeds needs --cv K (the folds to split the demands into)");
        }
        if (options.has("cv")) {
            if (!options.has("queries")) {
                throw new IllegalArgumentException("--cv needs --queries QRELS (the judgements to fit and test on)");
            }
            System.out.print(CrossValidation.report(results, requiredFile(options, "queries"), options.getInt("cv", 5),
                    options.getInt("cv-seeds", 1), current));
        }
        return 0;
    }

    private static Path requiredFile(Options options, String name) {
        if (!options.has(name)) {
            throw new IllegalArgumentException("--" + name + " FILE is required");
        }
        Path file = Path.of(options.get(name, ""));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--" + name + ": no such file " + file.toAbsolutePath());
        }
        return file;
    }
}
