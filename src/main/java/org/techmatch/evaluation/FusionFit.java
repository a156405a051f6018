package org.techmatch.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.techmatch.matching.FeatureValue;
import org.techmatch.matching.FusionModel;
import org.techmatch.matching.RankedCandidate;

/**
 * Fits the fusion to judgements: a logistic regression of "judged relevant" on the text and semantic
 * features of the head of every judged query's ranking, so the fused score reads as a chance and one
 * threshold holds across queries. The structured features (field, maturity, budget …) keep their configured
 * weights as a fixed part of the logit, because the judged tech-market data barely fills them in and the
 * fit would learn nothing true about them. Prints the application.yml block to paste.
 */
public final class FusionFit {
    /** The features whose weights are fitted; the rest are structured facts the dev data rarely has. */
    static final Set<String> FITTED = Set.of("text", "phrase", "bm25", "semantic", "queryTitle", "candidateTitle");
    /** Only the head of each ranking: that is where the score decides anything. */
    static final int DEPTH = 50;
    static final int ITERATIONS = 20_000;
    static final double LEARNING_RATE = 4.0;
    static final double L2 = 0.0001;

    private FusionFit() {
    }

    /** A pair judged or marked by a manager: its feature values (as the matcher computed them) and the label. */
    public record Labelled(List<FeatureValue> features, boolean relevant) {
    }

    /**
     * The current model with the fitted features' weights and the bias refitted to labelled pairs (the refit of
     * manager feedback); the other features keep their weights, as in {@link #fit}. Returns current unchanged when
     * the pairs lack a relevant or an irrelevant example, as nothing could be learnt.
     */
    public static FusionModel fitModel(List<Labelled> pairs, FusionModel current) {
        if (pairs.isEmpty() || pairs.stream().allMatch(Labelled::relevant) || pairs.stream().noneMatch(Labelled::relevant)) {
            return current;
        }
        List<String> fitted = pairs.getFirst().features().stream().map(FeatureValue::feature)
                .filter(FITTED::contains).filter(f -> pairs.stream().allMatch(p -> known(p, f))).toList();
        LogisticFitter fitter = new LogisticFitter(fitted);
        for (Labelled pair : pairs) {
            double[] x = new double[fitted.size()];
            double offset = 0;
            for (FeatureValue f : pair.features()) {
                int i = fitted.indexOf(f.feature());
                if (i >= 0) {
                    x[i] = f.value();
                } else {
                    offset += current.contribution(f);
                }
            }
            fitter.add(x, offset, pair.relevant());
        }
        Map<String, Double> fit = fitter.fit(ITERATIONS, LEARNING_RATE, L2);
        Map<String, Double> weights = new java.util.LinkedHashMap<>(current.weights());
        fitted.forEach(name -> weights.put(name, fit.get(name)));
        return new FusionModel(fit.get("bias"), weights);
    }

    private static boolean known(Labelled pair, String feature) {
        return pair.features().stream().anyMatch(f -> f.feature().equals(feature) && f.known());
    }

    public static Set<String> judgedQueries(Path qrels) {
        return Qrels.read(qrels).grades().keySet();
    }

    public static String fit(List<Evaluation.QueryResult> results, Path qrelsFile, FusionModel current) {
        Qrels qrels = Qrels.read(qrelsFile);
        List<String> names = Evaluation.featureNames(results);
        List<String> fitted = names.stream().filter(FITTED::contains).toList();
        LogisticFitter fitter = new LogisticFitter(fitted);
        for (Evaluation.QueryResult result : results) {
            if (!qrels.grades().containsKey(result.queryId())) {
                continue;
            }
            for (int i = 0; i < Math.min(DEPTH, result.ranked().size()); i++) {
                RankedCandidate c = result.ranked().get(i);
                List<Double> x = new ArrayList<>();
                double offset = 0;
                for (FeatureValue f : c.features()) {
                    if (FITTED.contains(f.feature())) {
                        x.add(f.value());
                    } else {
                        offset += current.contribution(f);
                    }
                }
                fitter.add(x.stream().mapToDouble(Double::doubleValue).toArray(), offset,
                        qrels.grade(result.queryId(), result.docIds().get(i)) >= 1);
            }
        }
        Map<String, Double> weights = fitter.fit(ITERATIONS, LEARNING_RATE, L2);
        StringBuilder line = new StringBuilder();
        for (String name : names) {
            double w = FITTED.contains(name) ? weights.get(name) : current.weightOf(name);
            line.append(line.isEmpty() ? "" : ", ").append(name).append(": ")
                    .append(String.format(Locale.ROOT, "%.2f", w));
        }
        return String.format(Locale.ROOT, "fitted on %d judged pairs:%n      bias: %.2f%n      weights: {%s}",
                fitter.size(), weights.get("bias"), line);
    }
}
