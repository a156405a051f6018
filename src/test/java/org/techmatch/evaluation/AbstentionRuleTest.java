package org.techmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 暂无合适匹配 threshold best tells demands without a match from demands with one, and never refuses a demand
 * with a perfect (grade-2) match.
 */
class AbstentionRuleTest {

    private static void put(Map<String, Double> best, Map<String, Integer> grade, String id, double score, int g) {
        best.put(id, score);
        grade.put(id, g);
    }

    @Test
    void theThresholdAbstainsOnMostUnmatchedDemandsWhileRefusingFewMatchedOnes() {
        Map<String, Double> best = new HashMap<>();
        Map<String, Integer> grade = new HashMap<>();
        put(best, grade, "U1", 0.05, 0);
        put(best, grade, "U2", 0.10, 0);
        put(best, grade, "U3", 0.15, 0);
        put(best, grade, "U4", 0.20, 0);
        put(best, grade, "U5", 0.60, 0);
        put(best, grade, "M1", 0.25, 1);
        put(best, grade, "M2", 0.30, 1);
        put(best, grade, "M3", 0.40, 1);
        put(best, grade, "M4", 0.50, 1);
        put(best, grade, "M5", 0.70, 1);
        // Just above 0.20: four of five unmatched demands abstained, none of the matched refused.
        assertThat(AbstentionRule.threshold(best, grade)).isEqualTo(0.21);
    }

    @Test
    void aDemandWithAPerfectMatchIsNeverRefused() {
        Map<String, Double> best = new HashMap<>();
        Map<String, Integer> grade = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            put(best, grade, "U" + i, 0.05 + 0.03 * i, 0);
            put(best, grade, "M" + i, 0.40 + 0.03 * i, 1);
        }
        put(best, grade, "P", 0.12, 2);
        double threshold = AbstentionRule.threshold(best, grade);
        assertThat(threshold).isLessThanOrEqualTo(0.12);
        assertThat(best.get("P")).isGreaterThanOrEqualTo(threshold);
    }
}
