package org.techmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.matching.FeatureValue;
import org.techmatch.matching.FusionModel;
import org.techmatch.matching.RankedCandidate;

/**
 * Held-out figures over several splits into folds: one seed gives exactly the fixed split's figures, more seeds
 * average splits that differ, and the model each fold fits still ranks demands it has not seen by the real signal.
 */
class CrossValidationTest {
    private static final FusionModel CURRENT = new FusionModel(0, Map.of("techField", 1.7));

    @TempDir
    Path dir;

    /**
     * 60 demands of 20 candidates, ranked in random order; a candidate is relevant (grade 1, or 2 above 0.9) with
     * chance σ(8·semantic − 6.5), whatever its text, and every pair is judged.
     */
    private Path simulate(List<Evaluation.QueryResult> results) throws IOException {
        Random random = new Random(7);
        List<String> qrels = new ArrayList<>();
        for (int q = 0; q < 60; q++) {
            List<RankedCandidate> ranked = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                double semantic = random.nextDouble();
                double text = random.nextDouble();
                boolean relevant = random.nextDouble() < 1 / (1 + Math.exp(-(8 * semantic - 6.5)));
                String doc = "A" + q + "-" + c;
                qrels.add("Q" + q + " 0 " + doc + " " + (relevant ? semantic > 0.9 ? 2 : 1 : 0));
                ranked.add(new RankedCandidate(doc, random.nextDouble(), List.of(
                        new FeatureValue("semantic", semantic, null), new FeatureValue("text", text, null),
                        new FeatureValue("techField", 0.5, null, false))));
            }
            ranked.sort(Comparator.comparingDouble(RankedCandidate::score).reversed());
            results.add(new Evaluation.QueryResult("Q" + q, ranked.stream().map(RankedCandidate::id).toList(), ranked,
                    false));
        }
        Path file = dir.resolve("qrels.txt");
        Files.write(file, qrels);
        return file;
    }

    @Test
    void oneSeedIsTheFixedSplitAndMoreSeedsAverageSplitsThatDiffer() throws IOException {
        List<Evaluation.QueryResult> results = new ArrayList<>();
        Path file = simulate(results);
        Qrels qrels = Qrels.read(file);

        RunMetrics fixed = RunMetrics.of(CrossValidation.heldOut(results, qrels, 5, CrossValidation.SEED, CURRENT)
                .results(), qrels);
        CrossValidation.SeedMeans one = CrossValidation.seedMeans(results, qrels, 5, 1, CURRENT);
        assertThat(one.ndcg10()).isEqualTo(fixed.ndcg10());
        assertThat(one.ndcg10Spread()).isZero();

        CrossValidation.SeedMeans six = CrossValidation.seedMeans(results, qrels, 5, 6, CURRENT);
        assertThat(six.ndcg10Spread()).as("other splits give other held-out figures").isPositive();
        double random = RunMetrics.of(results, qrels).ndcg10();
        assertThat(six.ndcg10()).as("held out, the folds' models rank by the signal (random order: %s)", random)
                .isGreaterThan(random + 0.2);
        assertThat(six.unmatched() + six.matched()).isEqualTo(60);
        assertThat(six.refusedMatched()).isBetween(0.0, (double) six.matched());

        assertThat(CrossValidation.report(results, file, 5, CURRENT)).doesNotContain("fold seeds");
        assertThat(CrossValidation.report(results, file, 5, 6, CURRENT))
                .contains(String.format(java.util.Locale.ROOT, "held-out over 6 fold seeds: nDCG@10 %.4f", six.ndcg10()));
    }

    @Test
    void aSeedCountUnderOneIsRefused() throws IOException {
        List<Evaluation.QueryResult> results = new ArrayList<>();
        Path file = simulate(results);
        assertThatThrownBy(() -> CrossValidation.report(results, file, 5, 0, CURRENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--cv-seeds");
    }
}
