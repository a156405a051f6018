package org.techmatch.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.techmatch.matching.FusionModel;
import org.techmatch.matching.RankedCandidate;

/**
 * How the fitting would do on demands it has not seen: the judged demands are split into folds, and each fold is
 * ranked, calibrated and given its 暂无合适匹配 threshold by a model fitted on the other folds only. The candidates do
 * not depend on the model (BM25 and the nearest vectors), so a fold is rescored from the feature values the engine
 * computed, without matching again.
 */
public final class CrossValidation {
    /** Fixed so that the folds, and so the figures, are the same at every run. */
    static final long SEED = 14;

    private CrossValidation() {
    }

    /** A model and the threshold chosen with it. */
    record Fitted(FusionModel model, double threshold) {
    }

    /** Fits the model and its threshold to all the judged demands of the results. */
    static Fitted fit(List<Evaluation.QueryResult> results, Qrels qrels, FusionModel current) {
        FusionModel model = FusionFit.fitModel(FusionFit.judged(results, qrels), current);
        Map<String, Double> best = new HashMap<>();
        for (Evaluation.QueryResult r : rescore(results, model, 0)) {
            if (qrels.grades().containsKey(r.queryId())) {
                best.put(r.queryId(), r.ranked().isEmpty() ? 0 : r.ranked().getFirst().score());
            }
        }
        return new Fitted(model, AbstentionRule.threshold(best, bestGrades(qrels, best.keySet())));
    }

    /** The fitted model (for application.yml) and its figures on the demands it was fitted to. */
    public static String fitted(List<Evaluation.QueryResult> results, Path qrelsFile, FusionModel current) {
        Qrels qrels = Qrels.read(qrelsFile);
        Fitted fitted = fit(results, qrels, current);
        List<Evaluation.QueryResult> rescored = rescore(results, fitted.model(), fitted.threshold());
        return "fitted to all " + judgedCount(results, qrels) + " judged demands (techmatch.matching in "
                + "application.yml):\n" + FusionFit.yaml(fitted.model(), Evaluation.featureNames(results),
                fitted.threshold()) + "\n" + figures("fitted", rescored, qrels, q -> fitted.threshold())
                + tradeOff(results, fitted.model(), qrels);
    }

    /** What other thresholds would do with the same model: the choice the abstention rule makes, made visible. */
    static String tradeOff(List<Evaluation.QueryResult> results, FusionModel model, Qrels qrels) {
        StringBuilder out = new StringBuilder("  other thresholds (暂无合适匹配 on demands without / with a relevant "
                + "achievement / with a grade-2 one):\n");
        for (int t = 5; t <= 50; t += 5) {
            AbstentionRule.Counts c = AbstentionRule.Counts.of(rescore(results, model, t / 100.0), qrels);
            out.append(String.format(java.util.Locale.ROOT, "    %.2f\t%d/%d\t%d/%d\t%d/%d%n", t / 100.0,
                    c.abstainedUnmatched(), c.unmatched(), c.refusedMatched(), c.matched(), c.refusedPerfect(),
                    c.perfect()));
        }
        return out.toString();
    }

    /** Held-out figures of a k-fold cross-validation by demand, at the fixed fold seed. */
    public static String report(List<Evaluation.QueryResult> results, Path qrelsFile, int folds,
                                FusionModel current) {
        return report(results, qrelsFile, folds, 1, current);
    }

    /**
     * Held-out figures of a k-fold cross-validation by demand at the fixed fold seed, and with seeds &gt; 1 their
     * means over that many fold seeds: with 48 demands the split alone moves held-out nDCG@10 by about ±0.015, so a
     * change smaller than that is judged on the mean, not on one split.
     */
    public static String report(List<Evaluation.QueryResult> results, Path qrelsFile, int folds, int seeds,
                                FusionModel current) {
        if (folds < 2) {
            throw new IllegalArgumentException("--cv needs at least 2 folds");
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("--cv-seeds needs at least 1 seed");
        }
        Qrels qrels = Qrels.read(qrelsFile);
        HeldOut first = heldOut(results, qrels, folds, SEED, current);
        String out = "cross-validation, " + folds + " folds by demand (each demand scored by a model fitted without it):\n"
                + first.models() + figures("held-out", first.results(), qrels, first.thresholds()::get);
        return seeds == 1 ? out : out + seedMeans(results, qrels, folds, seeds, current).line();
    }

    /** The held-out rankings of one split into folds, with each demand's threshold and one line per fold. */
    record HeldOut(List<Evaluation.QueryResult> results, Map<String, Double> thresholds, String models) {
    }

    static HeldOut heldOut(List<Evaluation.QueryResult> results, Qrels qrels, int folds, long seed,
                           FusionModel current) {
        List<String> queries = new ArrayList<>(results.stream().map(Evaluation.QueryResult::queryId)
                .filter(qrels.grades()::containsKey).sorted().toList());
        java.util.Collections.shuffle(queries, new Random(seed));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            fold.put(queries.get(i), i % folds);
        }
        List<Evaluation.QueryResult> heldOut = new ArrayList<>();
        Map<String, Double> thresholds = new HashMap<>();
        StringBuilder models = new StringBuilder();
        for (int f = 0; f < folds; f++) {
            int held = f;
            List<Evaluation.QueryResult> training = results.stream()
                    .filter(r -> fold.containsKey(r.queryId()) && fold.get(r.queryId()) != held).toList();
            List<Evaluation.QueryResult> testing = results.stream()
                    .filter(r -> fold.containsKey(r.queryId()) && fold.get(r.queryId()) == held).toList();
            Fitted fitted = fit(training, qrels, current);
            heldOut.addAll(rescore(testing, fitted.model(), fitted.threshold()));
            testing.forEach(r -> thresholds.put(r.queryId(), fitted.threshold()));
            models.append(String.format(java.util.Locale.ROOT, "  fold %d: %d demands held out, threshold %.2f%n",
                    f + 1, testing.size(), fitted.threshold()));
        }
        return new HeldOut(heldOut, thresholds, models.toString());
    }

    /** Means of the held-out figures over several splits: the fixed seed's, then splits of seeds drawn from it. */
    record SeedMeans(int seeds, double ndcg10, double ndcg10Spread, double precision5, double abstainedUnmatched,
                     int unmatched, double refusedMatched, int matched, double refusedPerfect, int perfect) {
        String line() {
            return String.format(java.util.Locale.ROOT, "  held-out over %d fold seeds: nDCG@10 %.4f (standard "
                    + "deviation %.4f)  P@5 %.4f  暂无合适匹配 on %.1f of %d without, %.1f of %d with a relevant "
                    + "achievement (%.1f of %d with a grade-2 one)%n", seeds, ndcg10, ndcg10Spread, precision5,
                    abstainedUnmatched, unmatched, refusedMatched, matched, refusedPerfect, perfect);
        }
    }

    static SeedMeans seedMeans(List<Evaluation.QueryResult> results, Qrels qrels, int folds, int seeds,
                               FusionModel current) {
        double[] ndcg = new double[seeds];
        double p5 = 0;
        double abstained = 0;
        double refused = 0;
        double refusedPerfect = 0;
        AbstentionRule.Counts counts = null;
        // java.util.Random gives nearby seeds similar shuffles, so the further seeds are drawn, not counted up
        Random seedSource = new Random(SEED);
        for (int i = 0; i < seeds; i++) {
            long seed = i == 0 ? SEED : seedSource.nextLong();
            List<Evaluation.QueryResult> held = heldOut(results, qrels, folds, seed, current).results();
            RunMetrics metrics = RunMetrics.of(held, qrels);
            counts = AbstentionRule.Counts.of(held, qrels);
            ndcg[i] = metrics.ndcg10();
            p5 += metrics.precision5();
            abstained += counts.abstainedUnmatched();
            refused += counts.refusedMatched();
            refusedPerfect += counts.refusedPerfect();
        }
        double mean = java.util.Arrays.stream(ndcg).average().orElse(0);
        double spread = Math.sqrt(java.util.Arrays.stream(ndcg).map(x -> (x - mean) * (x - mean)).sum() / seeds);
        return new SeedMeans(seeds, mean, spread, p5 / seeds, abstained / seeds, counts.unmatched(),
                refused / seeds, counts.matched(), refusedPerfect / seeds, counts.perfect());
    }

    private static String figures(String label, List<Evaluation.QueryResult> results, Qrels qrels,
                                  java.util.function.ToDoubleFunction<String> threshold) {
        return "  " + label + " " + RunMetrics.of(results, qrels).line() + "\n"
                + "  " + label + " " + AbstentionRule.Counts.of(results, qrels).line() + "\n"
                + Reliability.report(results, qrels, 10).indent(2)
                + Reliability.levels(results, qrels, 10, threshold).indent(2);
    }

    /** The results ranked again by a model's score, abstaining under the threshold. */
    static List<Evaluation.QueryResult> rescore(List<Evaluation.QueryResult> results, FusionModel model,
                                                double threshold) {
        List<Evaluation.QueryResult> out = new ArrayList<>(results.size());
        for (Evaluation.QueryResult r : results) {
            Map<RankedCandidate, String> docIds = new HashMap<>();
            List<RankedCandidate> ranked = new ArrayList<>();
            for (int i = 0; i < r.ranked().size(); i++) {
                RankedCandidate c = r.ranked().get(i);
                RankedCandidate again = new RankedCandidate(c.id(), model.probability(c.features()), c.features());
                docIds.put(again, r.docIds().get(i));
                ranked.add(again);
            }
            // As the engine orders: best score first, ties by id.
            ranked.sort(Comparator.comparingDouble(RankedCandidate::score).reversed()
                    .thenComparing(RankedCandidate::id));
            boolean abstained = ranked.isEmpty() || ranked.getFirst().score() < threshold;
            out.add(new Evaluation.QueryResult(r.queryId(), ranked.stream().map(docIds::get).toList(), ranked,
                    abstained));
        }
        return out;
    }

    private static Map<String, Integer> bestGrades(Qrels qrels, Set<String> queries) {
        Map<String, Integer> grades = new HashMap<>();
        queries.forEach(q -> grades.put(q, qrels.bestGrade(q)));
        return grades;
    }

    private static long judgedCount(List<Evaluation.QueryResult> results, Qrels qrels) {
        return results.stream().filter(r -> qrels.grades().containsKey(r.queryId())).count();
    }
}
