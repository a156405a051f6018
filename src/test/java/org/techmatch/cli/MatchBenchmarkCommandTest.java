package org.techmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark on a tiny library: every phase runs, the figures add up, and a second run reuses the index. */
class MatchBenchmarkCommandTest {

    @Test
    void measuresEveryModeAndClientCountAndReusesItsIndex(@TempDir Path work) throws Exception {
        Path first = work.resolve("first.json");
        String printed = run("--sizes", "300", "--queries", "3", "--warm-up", "40", "--pool", "12",
                "--work", work.toString(), "--json", first.toString());
        assertThat(printed).contains("records", "median ms", "p99 ms", "requests/s");
        // the floor: the bare BM25 candidate query beside the full match, with the ratio, for both client counts
        assertThat(printed).contains("floor: bare BM25 candidate query", "lexical/bm25", "vectors/bm25")
                .containsPattern("\\s300\\s+1\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+x")
                .containsPattern("\\s300\\s+8\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+x");

        JsonNode report = JsonMapper.builder().build().readTree(first.toFile());
        assertThat(report.get("embeddedBaseTexts").asInt()).isEqualTo(12);
        assertThat(report.get("embeddingTextsPerSecond").asDouble()).isPositive();
        JsonNode size = report.get("sizes").get(0);
        assertThat(size.get("records").asInt()).isEqualTo(300);
        assertThat(size.get("reused").asBoolean()).isFalse();
        assertThat(size.get("recordsPerSecond").asDouble()).isPositive();
        assertThat(size.get("indexMiB").asDouble()).isPositive();
        assertThat(size.get("latency")).hasSize(6);
        for (JsonNode phase : size.get("latency")) {
            int clients = phase.get("clients").asInt();
            assertThat(clients).isIn(1, 8);
            String mode = phase.get("mode").asString();
            assertThat(mode).isIn("bm25", "lexical", "vectors");
            assertThat(phase.get("requests").asInt()).as("every phase asks --queries demands").isEqualTo(3);
            assertThat(phase.get("medianMs").asDouble()).isPositive()
                    .isLessThanOrEqualTo(phase.get("p99Ms").asDouble());
            // a match page lists up to 20; the first stage alone finds up to 100 candidates (lexical-candidates)
            assertThat(phase.get("meanMatches").asDouble()).isBetween(0.0, mode.equals("bm25") ? 100.0 : 20.0);
        }

        Path second = work.resolve("second.json");
        run("--sizes", "300", "--queries", "3", "--warm-up", "40", "--pool", "12", "--work", work.toString(),
                "--json", second.toString());
        JsonNode again = JsonMapper.builder().build().readTree(second.toFile()).get("sizes").get(0);
        assertThat(again.get("reused").asBoolean()).isTrue();
        assertThat(again.get("buildSeconds").asDouble()).isEqualTo(size.get("buildSeconds").asDouble());
        assertThat(Files.list(work).filter(p -> p.getFileName().toString().startsWith("achievements-")).count())
                .isEqualTo(1);
    }

    @Test
    void sizesMustBeNumbers() {
        assertThat(Commands.run(new String[]{"bench", "--sizes", "10k"})).isEqualTo(2);
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String[] command = new String[args.length + 1];
        command[0] = "bench";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            assertThat(Commands.run(command)).isZero();
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
