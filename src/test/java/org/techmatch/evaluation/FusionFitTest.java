package org.techmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.techmatch.matching.FeatureValue;
import org.techmatch.matching.FusionModel;

/**
 * The fit orders by what separates relevant from irrelevant candidates, and its score reads as a chance: on pairs
 * whose true chance of relevance is known, the fitted score says that chance, rises with it and stays below 1.
 */
class FusionFitTest {
    private static final FusionModel CURRENT = new FusionModel(0, Map.of("techField", 1.7));

    /** 200 demands of 20 candidates; a candidate is relevant with chance σ(6·semantic − 5), whatever its text. */
    private static List<FusionFit.Judged> simulated(long seed) {
        Random random = new Random(seed);
        List<FusionFit.Judged> pairs = new ArrayList<>();
        for (int q = 0; q < 200; q++) {
            for (int c = 0; c < 20; c++) {
                double semantic = random.nextDouble();
                double text = random.nextDouble();
                boolean relevant = random.nextDouble() < chance(semantic);
                pairs.add(new FusionFit.Judged("Q" + q, List.of(new FeatureValue("semantic", semantic, null),
                        new FeatureValue("text", text, null), new FeatureValue("techField", 0.5, null, false)),
                        relevant ? 1 : 0, true));
            }
        }
        return pairs;
    }

    private static double chance(double semantic) {
        return 1 / (1 + Math.exp(-(6 * semantic - 5)));
    }

    private static double score(FusionModel model, double semantic, double text) {
        return model.probability(List.of(new FeatureValue("semantic", semantic, null),
                new FeatureValue("text", text, null), new FeatureValue("techField", 0.5, null, false)));
    }

    @Test
    void theFittedScoreRanksByTheSignalThatMattersAndIgnoresNoise() {
        FusionModel model = FusionFit.fitModel(simulated(1), CURRENT);
        assertThat(model.weightOf("semantic")).isGreaterThan(3);
        assertThat(Math.abs(model.weightOf("text"))).isLessThan(model.weightOf("semantic") / 5);
        assertThat(model.weightOf("techField")).as("structured weights are kept as configured").isEqualTo(1.7);
    }

    @Test
    void theFittedScoreIsCalibratedMonotoneAndBelowOne() {
        FusionModel model = FusionFit.fitModel(simulated(2), CURRENT);
        double previous = 0;
        for (double semantic = 0; semantic <= 1.0001; semantic += 0.05) {
            double p = score(model, semantic, 0.5);
            assertThat(p).isGreaterThanOrEqualTo(previous).isLessThan(1);
            previous = p;
        }
        // The top ten of each demand are where it is calibrated: there, the score says the true chance.
        for (double semantic : new double[]{0.6, 0.8, 0.95}) {
            assertThat(score(model, semantic, 0.5)).as("chance at semantic %s", semantic)
                    .isCloseTo(chance(semantic), within(0.1));
        }
    }

    @Test
    void judgementsWithNothingRelevantCannotBeFitted() {
        List<FusionFit.Judged> none = simulated(3).stream()
                .map(p -> new FusionFit.Judged(p.queryId(), p.features(), 0, true)).toList();
        assertThatThrownBy(() -> FusionFit.fitModel(none, CURRENT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to learn an order from");
    }
}
