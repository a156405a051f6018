package org.techmatch.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The solrcloud backend with no ZooKeeper at its address: the service starts anyway, its health names the
 * problem, and a request that needs the store is a 503 with a Chinese detail (not a 500, not a hang).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SolrUnreachableApiTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void nowhere(DynamicPropertyRegistry registry) {
        registry.add("techmatch.index.path", () -> {
            try {
                return Files.createTempDirectory("techmatch-solr-down-").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        registry.add("techmatch.store.backend", () -> "solrcloud");
        registry.add("techmatch.solr.zk-host", () -> "127.0.0.1:" + closedPort() + "/solr");
        registry.add("techmatch.solr.request-timeout-ms", () -> "2000");
    }

    /** A port nothing listens on: taken from the system, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theServiceStartsSaysSoInHealthAndAnswers503() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response read = api.get("/api/achievements/ACH-000001", Map.of(), ApiClient.admin());
        assertThat(read.status()).isEqualTo(503);
        assertThat(read.json().get("detail").asString()).contains("SolrCloud").contains("请稍后重试");

        JsonNode health = api.get("/actuator/health", Map.of(), ApiClient.admin()).json();
        assertThat(health.path("components").path("solrcloud").path("status").asString()).isEqualTo("DOWN");
        assertThat(health.path("components").path("solrcloud").path("details").path("problem").asString())
                .contains("无法连接 SolrCloud");
    }
}
