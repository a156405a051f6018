package org.techmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 暂无合适匹配 threshold refuses at most a tenth of the demands that have a match and none with a perfect one. */
class AbstentionRuleTest {

    @Test
    void theThresholdStopsBeforeRefusingMoreThanATenthOfTheMatchedDemands() {
        Map<String, Double> best = new HashMap<>();
        Map<String, Integer> grade = new HashMap<>();
        // 20 demands with a relevant achievement, best scores 0.10, 0.12, … 0.48; 10 without one at 0.05 … 0.50.
        for (int i = 0; i < 20; i++) {
            best.put("M" + i, 0.10 + 0.02 * i);
            grade.put("M" + i, 1);
        }
        for (int i = 0; i < 10; i++) {
            best.put("U" + i, 0.05 + 0.05 * i);
            grade.put("U" + i, 0);
        }
        double threshold = AbstentionRule.threshold(best, grade);
        // Two of 20 may be refused (0.10 and 0.12); refusing 0.14 as well would be a third.
        assertThat(threshold).isEqualTo(0.14);
        assertThat(best.entrySet().stream().filter(e -> grade.get(e.getKey()) >= 1 && e.getValue() < threshold))
                .hasSize(2);
    }

    @Test
    void aDemandWithAPerfectMatchIsNeverRefused() {
        Map<String, Double> best = new HashMap<>();
        Map<String, Integer> grade = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            best.put("M" + i, 0.30 + 0.01 * i);
            grade.put("M" + i, 1);
        }
        best.put("P", 0.12);
        grade.put("P", 2);
        assertThat(AbstentionRule.threshold(best, grade)).isLessThanOrEqualTo(0.12);
    }
}
