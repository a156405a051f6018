package org.techmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techmatch.cli.Commands;

/**
 * Runs the whole evaluation as the README says (real import, real embeddings, real matching) and scores it with
 * the shared scorer: every metric must stay within the checked-in tolerance of its expected value, and the
 * abstention bars must hold. Runs whenever ../shared is present (CI always has it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalRegressionTest {
    private static final Path SHARED = Path.of("..", "shared");
    private static final Path QRELS = SHARED.resolve("eval/dev-qrels.txt");
    private static final Path ACHIEVEMENTS = SHARED.resolve("data/techmarket/achievements.jsonl");
    private static final Path DEMANDS = SHARED.resolve("data/techmarket/demands.jsonl");

    private Path work;
    private Map<String, Double> expected;
    private Map<String, Double> scored;
    private Set<String> abstained;
    private Path run;

    @BeforeAll
    void runTheEvaluation() throws Exception {
        assumeTrue(Files.isRegularFile(QRELS) && Files.isRegularFile(ACHIEVEMENTS),
                "../shared/eval and ../shared/data/techmarket are absent: the evaluation regression is skipped");
        expected = DevScores.expected();
        work = Files.createTempDirectory("techmatch-eval-test-");
        run = work.resolve("dev-run.txt");
        int status = Commands.run(new String[]{"eval", "--achievements", ACHIEVEMENTS.toString(), "--demands",
                DEMANDS.toString(), "--run", run.toString(), "--queries", QRELS.toString(),
                "--index", work.resolve("index").toString()});
        assertThat(status).as("eval command exit status").isZero();
        scored = DevScores.of(run);
        abstained = Set.copyOf(Files.readAllLines(run.resolveSibling("dev-run.txt.abstain")));
    }

    @Test
    void everyDevScoreStaysWithinToleranceOfTheCheckedInValue() {
        double tolerance = expected.get("tolerance");
        for (String metric : List.of("nDCG@10", "P@5", "Recall@50", "MRR@10")) {
            assertThat(scored.get(metric)).as(metric + " (expected %s ± %s)", expected.get(metric), tolerance)
                    .isCloseTo(expected.get(metric), org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    /**
     * The engine must stay clearly ahead of the best baseline measured on the enlarged judgements (bge-small-zh
     * dense, exact cosine: nDCG@10 0.476, P@5 0.279).
     */
    @Test
    void theEngineBeatsTheBestBaselineByAFifth() {
        assertThat(scored.get("nDCG@10")).isGreaterThanOrEqualTo(1.2 * 0.476);
        assertThat(scored.get("P@5")).isGreaterThanOrEqualTo(1.1 * 0.279);
    }

    /**
     * 暂无合适匹配 never refuses a demand with a grade-2 achievement (the rule the threshold is chosen under), abstains
     * on more of the demands without a relevant achievement than it refuses of those with one, and both counts stay
     * where they were recorded.
     */
    @Test
    void theEngineAbstainsWhereNothingIsRelevantMoreOftenThanItRefusesAMatchAndNeverAPerfectOne() {
        Qrels qrels = Qrels.read(QRELS);
        Set<String> unmatched = qrels.grades().keySet().stream().filter(q -> qrels.bestGrade(q) == 0)
                .collect(Collectors.toSet());
        Set<String> matched = qrels.grades().keySet().stream().filter(q -> qrels.bestGrade(q) >= 1)
                .collect(Collectors.toSet());
        Set<String> perfect = qrels.grades().keySet().stream().filter(q -> qrels.bestGrade(q) == 2)
                .collect(Collectors.toSet());
        long abstainedUnmatched = unmatched.stream().filter(abstained::contains).count();
        long refusedMatched = matched.stream().filter(abstained::contains).count();
        assertThat(perfect.stream().filter(abstained::contains).toList())
                .as("abstentions on demands with a grade-2 achievement").isEmpty();
        assertThat((double) abstainedUnmatched / unmatched.size()).as("share abstained without a relevant achievement")
                .isGreaterThan(2.0 * refusedMatched / matched.size());
        assertThat((double) abstainedUnmatched).as("abstain.unmatched")
                .isCloseTo(expected.get("abstain.unmatched"), org.assertj.core.data.Offset.offset(1.0));
        assertThat((double) refusedMatched).as("abstain.matched")
                .isCloseTo(expected.get("abstain.matched"), org.assertj.core.data.Offset.offset(1.0));
    }

    /**
     * 匹配度 reads as a probability where a page shows it: the judged pairs of each demand's top 10, in the bands
     * 高/中/低 of the page (under the configured threshold, up to 0.5, above), are each relevant about as often as
     * their score range says (within 0.1; issue 14).
     */
    @Test
    void eachBandOfThePageIsRelevantAboutAsOftenAsItsScoresSay() throws IOException {
        double threshold = configuredThreshold();
        String table = Reliability.levels(runResults(), Qrels.read(QRELS), 10, q -> threshold);
        assertThat(table).as(table).contains("高 0.50–1.00").doesNotContain("OUTSIDE").doesNotContain("no pairs");
    }

    /** The run read back as ranked results (scores as written, best first). */
    private List<Evaluation.QueryResult> runResults() throws IOException {
        Map<String, List<String[]>> byQuery = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(run)) {
            String[] cols = line.strip().split("\\s+");
            byQuery.computeIfAbsent(cols[0], q -> new java.util.ArrayList<>()).add(cols);
        }
        return byQuery.entrySet().stream().map(e -> new Evaluation.QueryResult(e.getKey(),
                e.getValue().stream().map(c -> c[2]).toList(),
                e.getValue().stream().map(c -> new org.techmatch.matching.RankedCandidate(c[2],
                        Double.parseDouble(c[4]), List.of())).toList(), abstained.contains(e.getKey()))).toList();
    }

    /** techmatch.matching.threshold as application.yml sets it. */
    private static double configuredThreshold() throws IOException {
        try (var in = EvalRegressionTest.class.getResourceAsStream("/application.yml")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^    threshold: ([0-9.]+)")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(m.find()).as("techmatch.matching.threshold in application.yml").isTrue();
            return Double.parseDouble(m.group(1));
        }
    }
}
