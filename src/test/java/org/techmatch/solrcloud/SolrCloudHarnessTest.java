package org.techmatch.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SolrCloud of the tests starts in JVMs of its own, answers over HTTP like any SolrCloud, loses and regains a
 * node on demand, and leaves no JVM behind.
 */
class SolrCloudHarnessTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void twoNodesInOneJvmStopAndStartWithTheClustersOwnStop() throws Exception {
        long started = System.nanoTime();
        SolrCloudHarness cluster = SolrCloudHarness.builder().nodes(2).start();
        System.out.printf("two nodes in one JVM ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        List<ProcessHandle> jvms;
        try {
            jvms = cluster.processes();
            assertThat(jvms).hasSize(1);
            assertThat(cluster.zkHost()).matches("127\\.0\\.0\\.1:\\d+/solr");
            assertThat(cluster.solrUrls()).hasSize(2).allMatch(u -> u.matches("http://127\\.0\\.0\\.1:\\d+/solr"));
            for (String url : cluster.solrUrls()) {
                JsonNode system = get(url + "/admin/info/system?wt=json");
                assertThat(system.path("mode").asString()).isEqualTo("solrcloud");
                assertThat(system.path("zkHost").asString()).isEqualTo(cluster.zkHost());
                assertThat(system.path("lucene").path("solr-spec-version").asString()).isEqualTo("9.10.1");
            }
            assertThat(liveNodes(cluster.solrUrls().get(0))).hasSize(2);

            cluster.stopNode(1);
            assertRefuses(cluster.solrUrls().get(1));
            assertThat(liveNodes(cluster.solrUrls().get(0))).hasSize(1);

            cluster.startNode(1);
            assertThat(liveNodes(cluster.solrUrls().get(0))).hasSize(2);
            assertThat(get(cluster.solrUrls().get(1) + "/admin/info/system?wt=json").path("mode").asString())
                    .isEqualTo("solrcloud");
        } finally {
            cluster.close();
        }
        assertThat(jvms).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void aJvmPerNodeIsKilledWithSigkillAndComesBackOnItsPort() throws Exception {
        long started = System.nanoTime();
        SolrCloudHarness cluster = SolrCloudHarness.builder().nodes(2).processPerNode().start();
        System.out.printf("a JVM per node, two nodes, ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        List<ProcessHandle> jvms;
        try {
            jvms = cluster.processes();
            assertThat(jvms).hasSize(3);
            assertThat(liveNodes(cluster.solrUrls().get(0))).hasSize(2);

            ProcessHandle node1 = jvms.get(2);
            cluster.stopNode(1);
            assertThat(node1.isAlive()).isFalse();
            assertRefuses(cluster.solrUrls().get(1));

            long restart = System.nanoTime();
            cluster.startNode(1);
            System.out.printf("killed node back in %d ms%n", (System.nanoTime() - restart) / 1_000_000);
            assertThat(cluster.processes().get(2).pid()).isNotEqualTo(node1.pid());
            assertThat(get(cluster.solrUrls().get(1) + "/admin/info/system?wt=json").path("zkHost").asString())
                    .isEqualTo(cluster.zkHost());
            assertThat(liveNodes(cluster.solrUrls().get(1))).hasSize(2);
            jvms = cluster.processes();
        } finally {
            cluster.close();
        }
        assertThat(jvms).noneMatch(ProcessHandle::isAlive);
    }

    private List<String> liveNodes(String url) throws Exception {
        List<String> nodes = new ArrayList<>();
        get(url + "/admin/collections?action=CLUSTERSTATUS&wt=json").path("cluster").path("live_nodes")
                .forEach(n -> nodes.add(n.asString()));
        return nodes;
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void assertRefuses(String url) {
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(url + "/admin/info/system")).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
    }
}
