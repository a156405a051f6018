package org.techmatch.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.techmatch.matching.FeatureValue;
import org.techmatch.matching.FusionModel;
import org.techmatch.matching.RankedCandidate;

/**
 * Fits the fusion to judged pairs in two steps, so that it both orders well and reads as a chance.
 * <ol>
 * <li>Ranking: a pairwise logistic regression (each relevant candidate against every less relevant candidate of the
 * same demand) on the text and semantic features. Only the order inside a demand matters here, so demands whose
 * candidates all score high or all low do not pull the weights.</li>
 * <li>Calibration (Platt): a logistic regression of "judged relevant" on that ranking score over the judged pairs of
 * each demand's top {@link #CALIBRATION_DEPTH}, which is where a manager reads 匹配度. It rescales and shifts the
 * logit, so the order stays and the score becomes the chance a manager would call the pair a match.</li>
 * </ol>
 * Both fold into the one logistic form of {@link FusionModel}. The structured features (field, maturity, budget …)
 * keep their configured weights as a fixed part of the logit: the judged tech-market data barely fills them in and
 * the fit would learn nothing true about them.
 */
public final class FusionFit {
    /** The features whose weights are fitted; the rest are structured facts the dev data rarely has. */
    public static final Set<String> FITTED = Set.of("text", "phrase", "bm25", "semantic", "queryTitle",
            "candidateTitle");
    /** The ranks whose judged pairs calibrate the score: a page's first screen, and the reliability table's. */
    static final int CALIBRATION_DEPTH = 10;
    /** Pairwise penalty per pair on standardised differences: chosen by 5-fold cross-validation by demand. */
    static final double RANKING_L2 = 0.001;
    static final double CALIBRATION_L2 = 1e-6;

    /**
     * One candidate of a demand with what was judged of it.
     *
     * @param grade  0 not relevant, 1 relevant, 2 highly relevant (an unjudged pair counts as 0 for ranking)
     * @param judged whether a person judged the pair (only judged pairs calibrate the score)
     */
    public record Judged(String queryId, List<FeatureValue> features, int grade, boolean judged) {
    }

    private FusionFit() {
    }

    public static Set<String> judgedQueries(Path qrels) {
        return Qrels.read(qrels).grades().keySet();
    }

    /**
     * Fits a model to judged candidates (all the candidates of each demand, so that the ranking learns against the
     * ones nobody would pick). The entry point for any source of judgements: the dev judgements, manager feedback.
     *
     * @param current gives the structured features' weights, kept as they are
     * @throws IllegalArgumentException when the judgements cannot order anything (no demand with a relevant and a
     *                                  less relevant candidate) or the fitted score does not rise with relevance
     */
    public static FusionModel fitModel(List<Judged> pairs, FusionModel current) {
        List<String> fitted = pairs.stream().flatMap(p -> p.features().stream()).map(FeatureValue::feature)
                .filter(FITTED::contains).distinct().sorted().toList();
        Map<String, List<Judged>> byQuery = new LinkedHashMap<>();
        pairs.forEach(p -> byQuery.computeIfAbsent(p.queryId(), q -> new ArrayList<>()).add(p));
        double[] w = rankingWeights(byQuery.values(), fitted, current);
        List<LogisticFitter.Example> calibration = new ArrayList<>();
        for (List<Judged> candidates : byQuery.values()) {
            candidates.stream()
                    .sorted(Comparator.comparingDouble((Judged p) -> -(dot(w, values(p, fitted)) + offset(p, current))))
                    .limit(CALIBRATION_DEPTH).filter(Judged::judged)
                    .forEach(p -> calibration.add(new LogisticFitter.Example(new double[]{dot(w, values(p, fitted))},
                            offset(p, current), 1, p.grade() >= 1)));
        }
        LogisticFitter.Fit platt = LogisticFitter.fit(calibration, 1, true, CALIBRATION_L2);
        double scale = platt.weights()[0];
        if (!(scale > 0)) {
            throw new IllegalArgumentException("the judged pairs do not say that a higher ranking score is more often "
                    + "relevant (calibration slope " + scale + "): too few or contradictory judgements");
        }
        Map<String, Double> weights = new HashMap<>(current.weights());
        double bias = platt.bias();
        for (int i = 0; i < fitted.size(); i++) {
            weights.put(fitted.get(i), scale * w[i]);
            bias += scale * w[i] * FeatureValue.UNKNOWN; // the model's evidence terms are weight·(value − ½)
        }
        return new FusionModel(bias, weights);
    }

    /** The pairwise fit on standardised differences, returned on the features' own scale. */
    private static double[] rankingWeights(java.util.Collection<List<Judged>> queries, List<String> fitted,
                                           FusionModel current) {
        List<double[]> diffs = new ArrayList<>();
        List<Double> offsets = new ArrayList<>();
        for (List<Judged> candidates : queries) {
            for (Judged better : candidates) {
                if (better.grade() < 1) {
                    continue;
                }
                double[] x = values(better, fitted);
                for (Judged worse : candidates) {
                    if (worse.grade() < better.grade()) {
                        double[] y = values(worse, fitted);
                        double[] d = new double[x.length];
                        for (int i = 0; i < d.length; i++) {
                            d[i] = x[i] - y[i];
                        }
                        diffs.add(d);
                        offsets.add(offset(better, current) - offset(worse, current));
                    }
                }
            }
        }
        if (diffs.isEmpty()) {
            throw new IllegalArgumentException("no demand has a relevant candidate and a less relevant one: "
                    + "nothing to learn an order from");
        }
        double[] sd = new double[fitted.size()];
        for (double[] d : diffs) {
            for (int i = 0; i < sd.length; i++) {
                sd[i] += d[i] * d[i];
            }
        }
        for (int i = 0; i < sd.length; i++) {
            sd[i] = Math.sqrt(sd[i] / diffs.size()) + 1e-9;
        }
        List<LogisticFitter.Example> examples = new ArrayList<>(diffs.size() * 2);
        for (int k = 0; k < diffs.size(); k++) {
            double[] scaled = new double[sd.length];
            double[] negated = new double[sd.length];
            for (int i = 0; i < sd.length; i++) {
                scaled[i] = diffs.get(k)[i] / sd[i];
                negated[i] = -scaled[i];
            }
            // Both orders of each pair: the fit has no bias, and the data says "better above worse" symmetrically.
            examples.add(new LogisticFitter.Example(scaled, offsets.get(k), 1, true));
            examples.add(new LogisticFitter.Example(negated, -offsets.get(k), 1, false));
        }
        double[] w = LogisticFitter.fit(examples, sd.length, false, RANKING_L2).weights();
        for (int i = 0; i < w.length; i++) {
            w[i] /= sd[i];
        }
        return w;
    }

    private static double[] values(Judged p, List<String> fitted) {
        double[] x = new double[fitted.size()];
        for (FeatureValue f : p.features()) {
            int i = fitted.indexOf(f.feature());
            if (i >= 0) {
                x[i] = f.value();
            }
        }
        return x;
    }

    private static double offset(Judged p, FusionModel current) {
        return p.features().stream().filter(f -> !FITTED.contains(f.feature())).mapToDouble(current::contribution)
                .sum();
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** Every candidate of the judged demands, with its grade (unjudged pairs: grade 0, not judged). */
    static List<Judged> judged(List<Evaluation.QueryResult> results, Qrels qrels) {
        List<Judged> pairs = new ArrayList<>();
        for (Evaluation.QueryResult result : results) {
            if (!qrels.grades().containsKey(result.queryId())) {
                continue;
            }
            for (int i = 0; i < result.ranked().size(); i++) {
                RankedCandidate c = result.ranked().get(i);
                Integer grade = qrels.judged(result.queryId(), result.docIds().get(i));
                pairs.add(new Judged(result.queryId(), c.features(), grade == null ? 0 : Math.max(0, grade),
                        grade != null));
            }
        }
        return pairs;
    }

    /** The application.yml block of a model, weights in the order the engine lists its features. */
    static String yaml(FusionModel model, List<String> names, double threshold) {
        StringBuilder line = new StringBuilder();
        for (String name : names) {
            line.append(line.isEmpty() ? "" : ", ").append(name).append(": ")
                    .append(String.format(Locale.ROOT, "%.2f", model.weightOf(name)));
        }
        return String.format(Locale.ROOT, "    threshold: %.3f%n      bias: %.2f%n      weights: {%s}", threshold,
                model.bias(), line);
    }
}
