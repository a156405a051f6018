package org.techmatch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * What an operator and a monitoring system see: the probes answer anyone, health details and metrics only an
 * official (an enterprise is refused with problem+json, an anonymous caller asked to sign in), and a match made
 * through the API shows up in the Prometheus match-latency metric with its direction and mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorTest {
    private static final String[] ENTERPRISE = ApiClient.basic("enterprise", "Demo-Qiye-2026");
    private static final String[] OFFICIAL = ApiClient.basic("official", "Demo-Keji-2026");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fixturesInATemporaryIndex(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("techmatch-actuator-");
        registry.add("techmatch.index.path", dir::toString);
        registry.add("techmatch.fixtures.load-on-empty", () -> "true");
        registry.add("techmatch.semantic.background-job", () -> "false");
    }

    @Test
    void probesArePublicAndCarryNoDetails() {
        ApiClient api = new ApiClient(port);
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            ApiClient.Response response = api.get(probe, Map.of());
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().path("status").asString()).as(probe).isEqualTo("UP");
            assertThat(response.json().has("components")).as(probe).isFalse();
            assertThat(response.body()).as(probe).doesNotContain("freeDiskBytes");
        }
    }

    @Test
    void healthDetailsAreForOfficialsOnly() {
        ApiClient api = new ApiClient(port);
        assertRefused(api.get("/actuator/health", Map.of(), ENTERPRISE), 403);
        assertRefused(api.get("/actuator/health", Map.of()), 401);

        ApiClient.Response health = api.get("/actuator/health", Map.of(), OFFICIAL);
        assertThat(health.status()).isEqualTo(200);
        JsonNode index = health.json().path("components").path("index");
        assertThat(index.path("status").asString()).isEqualTo("UP");
        assertThat(index.path("details").path("writable").asBoolean()).isTrue();
        assertThat(index.path("details").path("freeDiskBytes").asLong()).isPositive();
        // the fixtures were committed when the service started: the last commit is a few seconds old at most
        assertThat(index.path("details").path("lastCommitAgeSeconds").asDouble()).isBetween(0.0, 600.0);
        JsonNode embedding = health.json().path("components").path("embedding");
        assertThat(embedding.path("status").asString()).isEqualTo("UP");
        // the background job is off in this test, so every fixture record still waits for its vector
        assertThat(embedding.path("details").path("backlog").asLong()).isPositive();
        // background commits run every 2 s: the log is well within its stall limit and says how much a start replays
        JsonNode log = health.json().path("components").path("write-ahead-log");
        assertThat(log.path("status").asString()).isEqualTo("UP");
        assertThat(log.path("details").path("logBytes").isNumber()).isTrue();
        assertThat(log.path("details").path("commitAgeSeconds").asDouble()).isBetween(0.0, 20.0);
    }

    @Test
    void prometheusIsForOfficialsAndShowsTheLatencyOfAMatch() {
        ApiClient api = new ApiClient(port);
        assertRefused(api.get("/actuator/prometheus", Map.of(), ENTERPRISE), 403);
        assertRefused(api.get("/actuator/prometheus", Map.of()), 401);

        assertThat(api.get("/api/demands/DEM-000010/matches", Map.of()).status()).isEqualTo(200);
        ApiClient.Response metrics = api.get("/actuator/prometheus", Map.of(), OFFICIAL);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("techmatch_match_seconds_count\\{[^}]*direction=\"demand→achievement\"[^}]*} [1-9]")
                .contains("techmatch_embedding_backlog")
                .contains("techmatch_index_commit_age_seconds")
                .contains("techmatch_wal_size_bytes")
                .containsPattern("techmatch_index_refreshes_total \\d")
                .contains("cache_gets_total{cache=\"match.rankings\"");
    }

    private static void assertRefused(ApiClient.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(String.valueOf(response.headers().get("content-type"))).contains("application/problem+json");
        assertThat(response.body()).containsPattern("\\p{IsHan}");
    }
}
