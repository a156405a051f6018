package org.techmatch.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * loadtest --accounts against the real service with the fixtures' demo accounts: readers search and match, the
 * university account creates and updates achievements and the enterprise account demands, with no error, and the
 * stored records of both types grow by exactly the creates acknowledged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MultiAccountLoadTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fixturesInATemporaryIndex(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("techmatch-loadtest-").toString();
        registry.add("techmatch.index.path", () -> dir);
        registry.add("techmatch.fixtures.load-on-empty", () -> "true");
        registry.add("techmatch.semantic.background-job", () -> "false");
    }

    @Test
    @SuppressWarnings("unchecked")
    void readersReadAndEachWriterWritesItsOwnType() throws Exception {
        List<Accounts.Credential> accounts = Accounts.parse("manager:Demo-Jingliren-2026,university:Demo-Gaoxiao-2026,"
                + "official:Demo-Keji-2026,enterprise:Demo-Qiye-2026");
        String official = new Accounts.Credential("official", "Demo-Keji-2026").authorization();
        LoadTest.Settings settings = new LoadTest.Settings(URI.create("http://127.0.0.1:" + port + "/"), 4,
                Duration.ofSeconds(6), null, 1, official, Mix.CREATES, accounts);
        Map<String, Object> report = new LoadTest(settings).run(new PrintStream(OutputStream.nullOutputStream()));

        assertThat((Map<String, Long>) report.get("errors")).isEmpty();
        assertThat((List<String>) report.get("accounts")).containsExactly("manager MANAGER reads",
                "official OFFICIAL reads", "university UNIVERSITY writes", "enterprise ENTERPRISE writes");
        Map<String, Latencies.Summary> ops = (Map<String, Latencies.Summary>) report.get("operations");
        for (String op : List.of("search", "match", "create", "update")) {
            assertThat(ops.get(op).requests()).as(op).isPositive();
        }
        List<Map<String, Object>> written = (List<Map<String, Object>>) ((Map<String, Object>) report.get("records"))
                .get("written");
        assertThat(written).extracting(row -> row.get("type")).containsExactly("achievement", "demand");
        for (Map<String, Object> row : written) {
            assertThat((Long) row.get("acknowledgedCreates")).as("creates of " + row.get("type")).isPositive();
            assertThat((Integer) row.get("after") - (Integer) row.get("before")).as("stored " + row.get("type"))
                    .isEqualTo(((Long) row.get("acknowledgedCreates")).intValue());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOpenLoopSendsTheRateWhateverTheAnswersTake() throws Exception {
        List<Accounts.Credential> accounts = Accounts.parse("manager:Demo-Jingliren-2026,university:Demo-Gaoxiao-2026");
        LoadTest.Settings settings = new LoadTest.Settings(URI.create("http://127.0.0.1:" + port + "/"), 20,
                Duration.ofSeconds(4), null, 1, null, Mix.UPDATES, accounts, 25);
        Map<String, Object> report = new LoadTest(settings).run(new PrintStream(OutputStream.nullOutputStream()));

        assertThat((Map<String, Long>) report.get("errors")).isEmpty();
        assertThat(report.get("rate")).isEqualTo(25.0);
        Map<String, Latencies.Summary> ops = (Map<String, Latencies.Summary>) report.get("operations");
        assertThat(ops.get("all").requests()).as("25 requests/s for 4 s").isEqualTo(100);
        assertThat(LoadTest.table(report)).contains("open loop at 25.0 requests/s");
    }
}
