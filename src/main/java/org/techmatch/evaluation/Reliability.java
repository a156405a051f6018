package org.techmatch.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.techmatch.matching.ScoreLevel;

/**
 * Whether a score reads as a probability: the judged pairs of each query's top ranks, grouped in bands of the
 * engine's score, with the share of each band judged relevant (grade ≥ 1). A calibrated score has each band's
 * share inside its range; the expected calibration error weighs each band's gap by its pairs.
 */
public final class Reliability {
    static final int BANDS = 10;
    /** How far a band's share judged relevant may lie outside its score range and still read as calibrated. */
    static final double TOLERANCE = 0.1;

    /** Pairs scored in [from, to) (the last band includes 1.0) and how many of them were judged relevant. */
    record Band(double from, double to, int pairs, int relevant, double scoreSum) {
        double share() {
            return pairs == 0 ? 0 : (double) relevant / pairs;
        }

        double meanScore() {
            return pairs == 0 ? 0 : scoreSum / pairs;
        }
    }

    private Reliability() {
    }

    static List<Band> bands(List<Evaluation.QueryResult> results, Qrels qrels, int top) {
        int[] pairs = new int[BANDS];
        int[] relevant = new int[BANDS];
        double[] sums = new double[BANDS];
        for (Evaluation.QueryResult result : results) {
            for (int i = 0; i < Math.min(top, result.docIds().size()); i++) {
                Integer grade = qrels.judged(result.queryId(), result.docIds().get(i));
                if (grade == null) {
                    continue; // an unjudged pair says nothing about the score's meaning
                }
                double score = result.ranked().get(i).score();
                int band = Math.min(BANDS - 1, Math.max(0, (int) Math.floor(score * BANDS)));
                pairs[band]++;
                sums[band] += score;
                if (grade >= 1) {
                    relevant[band]++;
                }
            }
        }
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b < BANDS; b++) {
            bands.add(new Band((double) b / BANDS, (double) (b + 1) / BANDS, pairs[b], relevant[b], sums[b]));
        }
        return bands;
    }

    /** The mean gap between a band's mean score and its share judged relevant, weighted by the band's pairs. */
    static double expectedCalibrationError(List<Band> bands) {
        int total = bands.stream().mapToInt(Band::pairs).sum();
        if (total == 0) {
            return 0;
        }
        return bands.stream().mapToDouble(b -> b.pairs() * Math.abs(b.meanScore() - b.share())).sum() / total;
    }

    /**
     * The same pairs in the three bands a page shows ({@link ScoreLevel}): 低 under the 暂无合适匹配 threshold, 中 from
     * it to {@link ScoreLevel#HIGH_FROM}, 高 above; each line says whether the share judged relevant lies within
     * {@link #TOLERANCE} of the band's range. Ten bands of 0.1 leave the top ones with a handful of pairs each.
     *
     * @param threshold each demand's threshold (a cross-validation fold has its own); the ranges printed use their
     *                  mean
     */
    public static String levels(List<Evaluation.QueryResult> results, Path qrelsFile, int top, double threshold) {
        return levels(results, Qrels.read(qrelsFile), top, q -> threshold);
    }

    /** @see #levels(List, Path, int, double) */
    static String levels(List<Evaluation.QueryResult> results, Qrels qrels, int top,
                         ToDoubleFunction<String> threshold) {
        int[] pairs = new int[3];
        int[] relevant = new int[3];
        double[] scores = new double[3];
        double thresholds = 0;
        int queries = 0;
        for (Evaluation.QueryResult result : results) {
            double t = threshold.applyAsDouble(result.queryId());
            thresholds += t;
            queries++;
            for (int i = 0; i < Math.min(top, result.docIds().size()); i++) {
                Integer grade = qrels.judged(result.queryId(), result.docIds().get(i));
                if (grade == null) {
                    continue;
                }
                double score = result.ranked().get(i).score();
                int level = ScoreLevel.of(score, score >= t).ordinal();
                pairs[level]++;
                scores[level] += score;
                relevant[level] += grade >= 1 ? 1 : 0;
            }
        }
        double t = queries == 0 ? 0 : thresholds / queries;
        double[][] ranges = {{ScoreLevel.HIGH_FROM, 1}, {t, ScoreLevel.HIGH_FROM}, {0, t}};
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "bands 高/中/低 as a page shows them (threshold %.2f; pairs, mean score, share judged relevant, "
                        + "within %.1f of the range)%n", t, TOLERANCE));
        for (ScoreLevel level : ScoreLevel.values()) {
            int i = level.ordinal();
            double share = pairs[i] == 0 ? 0 : (double) relevant[i] / pairs[i];
            boolean within = share >= ranges[i][0] - TOLERANCE && share <= ranges[i][1] + TOLERANCE;
            out.append(String.format(Locale.ROOT, "  %s %.2f–%.2f\t%d\t%.2f\t%.2f\t%s%n", level.label(),
                    ranges[i][0], ranges[i][1], pairs[i], pairs[i] == 0 ? 0 : scores[i] / pairs[i], share,
                    pairs[i] == 0 ? "no pairs" : within ? "within" : "OUTSIDE"));
        }
        return out.toString();
    }

    /** The printed table: one line a band with pairs, then the error. */
    public static String report(List<Evaluation.QueryResult> results, Path qrelsFile, int top) {
        return report(results, Qrels.read(qrelsFile), top);
    }

    static String report(List<Evaluation.QueryResult> results, Qrels qrels, int top) {
        List<Band> bands = bands(results, qrels, top);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "reliability over the judged pairs of the top %d (score band: pairs, share judged relevant)%n", top));
        for (Band band : bands) {
            if (band.pairs() > 0) {
                out.append(String.format(Locale.ROOT, "  %.1f–%.1f\t%d\t%.2f%n", band.from(), band.to(), band.pairs(),
                        band.share()));
            }
        }
        out.append(String.format(Locale.ROOT, "  expected calibration error\t%.3f%n",
                expectedCalibrationError(bands)));
        return out.toString();
    }
}
