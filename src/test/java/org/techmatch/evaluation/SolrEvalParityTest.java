package org.techmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.techmatch.cli.Commands;
import org.techmatch.solrcloud.SolrCloudHarness;

/**
 * The eval command on the solrcloud backend (the 2,812 tech-market achievements with their vectors in a collection
 * of 2 shards x 2 replicas on the test cluster) scores the dev judgements as the embedded index does: nDCG@10,
 * P@5 and MRR@10 within 0.01 of the embedded backend's figures. Those are the checked-in expected scores, which
 * {@link EvalRegressionTest} holds the embedded backend to on every run (its settled index scores them exactly),
 * so the embedding of the whole library is paid once here rather than twice.
 */
class SolrEvalParityTest {
    private static final Path SHARED = Path.of("..", "shared");
    private static final Path QRELS = SHARED.resolve("eval/dev-qrels.txt");
    private static final Path ACHIEVEMENTS = SHARED.resolve("data/techmarket/achievements.jsonl");
    private static final Path DEMANDS = SHARED.resolve("data/techmarket/demands.jsonl");
    private static final double PARITY = 0.01;

    /** Embedding the library takes about 3 minutes on an idle machine, 12 on the shared one under load. */
    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void theDevJudgementsScoreOnSolrCloudAsOnTheEmbeddedIndex() throws Exception {
        assumeTrue(Files.isRegularFile(QRELS) && Files.isRegularFile(ACHIEVEMENTS),
                "../shared/eval and ../shared/data/techmarket are absent: the evaluation parity is skipped");
        SolrCloudHarness cluster = SolrCloudHarness.shared();
        Path run = Files.createTempDirectory("techmatch-solr-eval-").resolve("dev-run.txt");
        int status = Commands.run(new String[]{"eval", "--achievements", ACHIEVEMENTS.toString(), "--demands",
                DEMANDS.toString(), "--run", run.toString(), "--queries", QRELS.toString(),
                "--solr", cluster.zkHost() + "/eval"});
        assertThat(status).as("eval command exit status").isZero();

        Map<String, Double> embedded = DevScores.expected();
        Map<String, Double> solr = DevScores.of(run);
        System.out.printf("SolrEvalParityTest: on SolrCloud nDCG@10 %.4f P@5 %.4f MRR@10 %.4f Recall@50 %.4f"
                        + " (embedded %.4f %.4f %.4f %.4f)%n", solr.get("nDCG@10"), solr.get("P@5"),
                solr.get("MRR@10"), solr.get("Recall@50"), embedded.get("nDCG@10"), embedded.get("P@5"),
                embedded.get("MRR@10"), embedded.get("Recall@50"));
        for (String metric : new String[]{"nDCG@10", "P@5", "MRR@10", "Recall@50"}) {
            assertThat(solr.get(metric)).as(metric + " on SolrCloud against the embedded backend's %s",
                    embedded.get(metric)).isCloseTo(embedded.get(metric), org.assertj.core.data.Offset.offset(PARITY));
        }
        long abstained = Files.readAllLines(Path.of(run + ".abstain")).stream().filter(l -> !l.isBlank()).count();
        assertThat((double) abstained).as("demands answered 暂无合适匹配 (embedded: %s + %s)",
                        embedded.get("abstain.unmatched"), embedded.get("abstain.matched"))
                .isCloseTo(embedded.get("abstain.unmatched") + embedded.get("abstain.matched"),
                        org.assertj.core.data.Offset.offset(2.0));
    }
}
