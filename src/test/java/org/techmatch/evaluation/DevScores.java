package org.techmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The dev judgements' figures: a run scored by the shared scorer, and the checked-in expected ones. */
final class DevScores {
    static final Path SHARED = Path.of("..", "shared");
    static final Path QRELS = SHARED.resolve("eval/dev-qrels.txt");

    private DevScores() {
    }

    /** A TREC run scored by {@code ../shared/eval/Score.java} against the dev judgements, metric by metric. */
    static Map<String, Double> of(Path run) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process scorer = new ProcessBuilder(java.toString(), SHARED.resolve("eval/Score.java").toString(),
                QRELS.toString(), run.toString()).redirectErrorStream(true).start();
        String output = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(scorer.waitFor()).as("Score.java output: " + output).isZero();
        Map<String, Double> metrics = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] cols = line.strip().split("\t");
            if (cols.length == 2) {
                metrics.put(cols[0], Double.parseDouble(cols[1]));
            }
        }
        return metrics;
    }

    /** The figures {@code src/test/resources/eval/dev-expected.txt} holds the engine to. */
    static Map<String, Double> expected() throws IOException {
        Map<String, Double> values = new HashMap<>();
        try (var in = DevScores.class.getResourceAsStream("/eval/dev-expected.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.strip().split("\\s+");
                    values.put(cols[0], Double.parseDouble(cols[1]));
                }
            }
        }
        return values;
    }
}
