package org.techmatch.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a score reads as a probability: the judged pairs of each query's top ranks, grouped in bands of the
 * engine's score, with the share of each band judged relevant (grade ≥ 1). A calibrated score has each band's
 * share inside its range; the expected calibration error weighs each band's gap by its pairs.
 */
public final class Reliability {
    static final int BANDS = 10;

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
