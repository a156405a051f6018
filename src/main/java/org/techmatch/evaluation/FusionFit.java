package org.techmatch.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.techmatch.matching.FeatureValue;
import org.techmatch.matching.RankedCandidate;

/**
 * Fits the fusion weights to judgements: every judged query's ranked candidates become examples (grade ≥ 1
 * relevant; unjudged not), and the fitted weights are printed as the application.yml block to paste.
 */
public final class FusionFit {
    static final int ITERATIONS = 4_000;
    static final double LEARNING_RATE = 0.5;
    static final double L2 = 0.001;
    /** Only the head of each ranking: that is where the score decides anything. */
    static final int DEPTH = 50;

    private FusionFit() {
    }

    public static Set<String> judgedQueries(Path qrels) {
        return Qrels.read(qrels).grades().keySet();
    }

    public static String fit(List<Evaluation.QueryResult> results, Path qrelsFile) {
        Qrels qrels = Qrels.read(qrelsFile);
        List<String> names = Evaluation.featureNames(results);
        LogisticFitter fitter = new LogisticFitter(names);
        for (Evaluation.QueryResult result : results) {
            if (!qrels.grades().containsKey(result.queryId())) {
                continue;
            }
            for (int i = 0; i < Math.min(DEPTH, result.ranked().size()); i++) {
                RankedCandidate c = result.ranked().get(i);
                double[] x = c.features().stream().mapToDouble(FeatureValue::value).toArray();
                fitter.add(x, qrels.grade(result.queryId(), result.docIds().get(i)) >= 1);
            }
        }
        Map<String, Double> fitted = fitter.fit(ITERATIONS, LEARNING_RATE, L2);
        String weights = fitted.entrySet().stream().filter(e -> !e.getKey().equals("bias"))
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        return "fitted on " + fitter.size() + " judged pairs:\n      bias: " + fitted.get("bias")
                + "\n      weights: {" + weights + "}";
    }
}
