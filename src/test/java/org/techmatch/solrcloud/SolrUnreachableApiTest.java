package org.techmatch.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.ops.HealthCheck;
import org.techmatch.web.ApiClient;

/**
 * The solrcloud backend with no ZooKeeper at its address: the service starts anyway, its health names the
 * problem, readiness is down, and a request that needs the store is a 503 with a Chinese detail (not a 500).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SolrUnreachableApiTest {
    @LocalServerPort
    int port;
    @Autowired
    List<HealthCheck> checks;

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
        ApiClient.Response read = api.get("/api/achievements/ACH-000001", Map.of());
        assertThat(read.status()).isEqualTo(503);
        assertThat(read.json().get("detail").asString()).contains("无法连接 SolrCloud").contains("请稍后重试");
        // signing in needs the accounts, which live in the collection too
        ApiClient.Response signedIn = api.get("/api/achievements/ACH-000001", Map.of(), ApiClient.admin());
        assertThat(signedIn.status()).isEqualTo(503);
        assertThat(signedIn.json().get("detail").asString()).contains("SolrCloud");

        assertThat(api.get("/actuator/health/readiness", Map.of()).status()).isEqualTo(503);
        HealthCheck solr = checks.stream().filter(c -> c.name().equals("solrcloud")).findFirst().orElseThrow();
        HealthCheck.Result result = solr.check();
        assertThat(result.up()).isFalse();
        assertThat(result.details().get("problem").toString()).contains("无法连接 SolrCloud");
        assertThat(result.details().get("liveNodes")).isEqualTo(0);
    }
}
