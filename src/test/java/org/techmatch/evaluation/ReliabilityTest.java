package org.techmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.matching.RankedCandidate;

/** The reliability table counts judged pairs only, in the band of their score, and its error is their mean gap. */
class ReliabilityTest {

    @Test
    void judgedPairsFallInTheBandOfTheirScoreAndUnjudgedOnesAreLeftOut() {
        Evaluation.QueryResult q1 = result("Q1", Map.of("A", 0.95, "B", 0.92, "C", 0.55, "D", 0.51));
        Evaluation.QueryResult q2 = result("Q2", Map.of("E", 0.97, "F", 0.15));
        Qrels qrels = new Qrels(Map.of(
                "Q1", Map.of("A", 2, "B", 0, "C", 1),          // D is not judged
                "Q2", Map.of("E", 1, "F", 0)));

        List<Reliability.Band> bands = Reliability.bands(List.of(q1, q2), qrels, 10);

        Reliability.Band top = bands.get(9);
        assertThat(top.pairs()).isEqualTo(3);                    // A, B, E
        assertThat(top.share()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(bands.get(5).pairs()).isEqualTo(1);           // C (D unjudged)
        assertThat(bands.get(5).share()).isEqualTo(1.0);
        assertThat(bands.get(1).pairs()).isEqualTo(1);           // F
        assertThat(bands.get(1).share()).isZero();
        assertThat(bands.stream().mapToInt(Reliability.Band::pairs).sum()).isEqualTo(5);

        double expected = (3 * Math.abs((0.95 + 0.92 + 0.97) / 3 - 2.0 / 3) + Math.abs(0.55 - 1) + Math.abs(0.15 - 0))
                / 5;
        assertThat(Reliability.expectedCalibrationError(bands)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void onlyTheTopRanksAreCounted() {
        Evaluation.QueryResult q = result("Q", Map.of("A", 0.9, "B", 0.8, "C", 0.7));
        Qrels qrels = new Qrels(Map.of("Q", Map.of("A", 1, "B", 1, "C", 1)));
        assertThat(Reliability.bands(List.of(q), qrels, 2).stream().mapToInt(Reliability.Band::pairs).sum())
                .isEqualTo(2);
    }

    /**
     * The page's bands: 低 under each demand's own threshold, 中 up to 0.5, 高 above; a band whose share judged
     * relevant lies more than 0.1 outside its range is called out.
     */
    @Test
    void theThreeBandsUseEachDemandsThresholdAndFlagAShareOutsideTheirRange() {
        Evaluation.QueryResult q1 = result("Q1", Map.of("A", 0.9, "B", 0.6, "C", 0.3, "D", 0.1));
        Evaluation.QueryResult q2 = result("Q2", Map.of("E", 0.36, "F", 0.25));
        Qrels qrels = new Qrels(Map.of(
                "Q1", Map.of("A", 0, "B", 0, "C", 1, "D", 0),
                "Q2", Map.of("E", 0, "F", 1)));
        Map<String, Double> thresholds = Map.of("Q1", 0.2, "Q2", 0.3);

        String table = Reliability.levels(List.of(q1, q2), qrels, 10, thresholds::get);

        assertThat(table).contains("threshold 0.25");
        // 高: A and B, neither relevant, though scored 0.6 and more
        assertThat(table).contains("高 0.50–1.00\t2\t0.75\t0.00\tOUTSIDE");
        // 中: C (over Q1's 0.2) and E; F is under Q2's 0.3, so 低 with D
        assertThat(table).contains("中 0.25–0.50\t2\t0.33\t0.50\twithin");
        assertThat(table).contains("低 0.00–0.25\t2\t0.18\t0.50\tOUTSIDE");
    }

    /** Candidates in descending score order, as the engine ranks them. */
    private static Evaluation.QueryResult result(String qid, Map<String, Double> scores) {
        List<Map.Entry<String, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        return new Evaluation.QueryResult(qid, ranked.stream().map(Map.Entry::getKey).toList(),
                ranked.stream().map(e -> new RankedCandidate(e.getKey(), e.getValue(), List.of())).toList(), false);
    }
}
