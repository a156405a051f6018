package org.techmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * bench-store writes its warm-up records for real, through the service, and counts only the measured ones: the
 * index holds the fixtures plus both, the throughput and CPU figures are of the measured writes alone.
 */
class StoreBenchmarkCommandTest {

    @Test
    void theWarmUpWritesAreStoredButNotCounted(@TempDir Path work) throws Exception {
        Path json = work.resolve("bench-store.json");
        int status = Commands.run(new String[]{"bench-store", "--index", work.resolve("index").toString(),
                "--writers", "2", "--records", "40", "--warm-up", "25", "--queries", "10", "--json", json.toString()});

        assertThat(status).isZero();
        JsonNode figures = JsonMapper.builder().build().readTree(Files.readString(json));
        assertThat(figures.get("warmUpWrites").asInt()).isEqualTo(25);
        assertThat(figures.get("records").asInt()).isEqualTo(40);
        assertThat(figures.get("recordsInIndex").asInt()).as("fixtures + warm-up + measured writes")
                .isEqualTo(figures.get("fixtureRecords").asInt() + 25 + 40);
        assertThat(figures.get("writesPerSecond").asDouble()).isPositive();
        assertThat(figures.get("cpuMsPerWrite").asDouble()).isPositive();
    }
}
