package org.techmatch.solrcloud;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.search.IndexAnalyzer;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.RecordStore;
import org.techmatch.store.StoredRecord;
import org.techmatch.store.solr.SolrCollections;
import org.techmatch.store.solr.SolrProperties;
import org.techmatch.store.solr.SolrRecordStore;
import org.techmatch.text.TextAnalysis;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The service with techmatch.store.backend=solrcloud on the harness's two-node SolrCloud: accounts and records
 * are written to and read from the collection over the real API, and a newer version stored by another service
 * instance makes a stale update a 409.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SolrBackendApiTest {
    private static final String COLLECTION = "api";

    @LocalServerPort
    int port;
    @Autowired
    RecordStore store;
    @Autowired
    DocumentStore embedded;
    ApiClient api;

    @DynamicPropertySource
    static void solrCloud(DynamicPropertyRegistry registry) {
        SolrCloudHarness cluster = SolrCloudHarness.shared();
        SolrCollections.create(properties(cluster));
        registry.add("techmatch.index.path", SolrBackendApiTest::tempDir);
        registry.add("techmatch.fixtures.load-on-empty", () -> "false");
        registry.add("techmatch.store.backend", () -> "solrcloud");
        registry.add("techmatch.solr.zk-host", cluster::zkHost);
        registry.add("techmatch.solr.collection", () -> COLLECTION);
    }

    private static SolrProperties properties(SolrCloudHarness cluster) {
        return new SolrProperties(cluster.zkHost(), COLLECTION, 2, 2, 2, 1_000, 20_000L);
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("techmatch-solr-api-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port).writingAs(ApiClient.CITY_OFFICIAL);
    }

    @Test
    void recordsAndAccountsLiveInTheCollectionAndAStaleUpdateIsAConflict() {
        assertThat(store).isInstanceOf(SolrRecordStore.class);
        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(achievement("盐碱地水稻节水灌溉控制系统")));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.get("/api/achievements/" + id, Map.of()).json().get("title").asString())
                .isEqualTo("盐碱地水稻节水灌溉控制系统");

        Map<String, Object> body = achievement("盐碱地水稻节水灌溉智能控制系统");
        body.put("version", 1);
        ApiClient.Response updated = api.put("/api/achievements/" + id, ApiClient.json(body));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(2);

        // full-text search runs on the collection: found by a word of its title, highlighted, with its facets
        // (before another instance below stores a version without indexed fields)
        ApiClient.Response search = api.get("/api/achievements", Map.of("q", "灌溉"));
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.json().get("total").asLong()).isEqualTo(1);
        JsonNode hit = search.json().get("items").get(0);
        assertThat(hit.get("record").get("id").asString()).isEqualTo(id);
        assertThat(hit.get("highlights").get("title").asString()).contains("<em>灌溉</em>");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(search.json().get("facets").get("region").get(0).get("value").asString()).isEqualTo("津南区");
        assertThat(api.get("/api/achievements", Map.of("q", "灌溉", "region", "南开区")).json().get("total").asLong())
                .isZero();

        // another service instance on the same collection stores version 3
        try (SolrRecordStore other = new SolrRecordStore(properties(SolrCloudHarness.shared()),
                new IndexAnalyzer(TextAnalysis.load()))) {
            StoredRecord current = other.get(id).orElseThrow();
            String source = new String(current.source(), UTF_8).replace("\"version\":2", "\"version\":3")
                    .replace("智能控制系统", "控制系统（他处修改）");
            other.write(new IndexedRecord(new StoredRecord(id, current.type(), 3, source.getBytes(UTF_8)),
                    new IndexedFields()));
        }
        body.put("version", 2);
        body.put("title", "被覆盖的标题");
        ApiClient.Response stale = api.put("/api/achievements/" + id, ApiClient.json(body));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("版本");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(3);
        JsonNode now = api.get("/api/achievements/" + id, Map.of()).json();
        assertThat(now.get("title").asString()).isEqualTo("盐碱地水稻节水灌溉控制系统（他处修改）");

        // the records, the accounts ApiClient made and the audit entries are in the collection, not the local index
        assertThat(store.countsByType()).containsKeys("achievement", "account").containsEntry("achievement", 1);
        assertThat(embedded.countsByType()).isEmpty();
        assertThat(api.get("/actuator/health/readiness", Map.of()).status()).isEqualTo(200);
    }

    private static Map<String, Object> achievement(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "基于土壤墒情传感与模型预测的灌溉控制，节水 30%。");
        body.put("owner", Map.of("name", "天津大学", "kind", "高校"));
        body.put("techField", "先进制造与自动化");
        body.put("industry", "C38");
        body.put("maturity", "已有样品");
        body.put("region", "津南区");
        body.put("askingPrice", Map.of("negotiable", true));
        body.put("transferModes", List.of("转让"));
        return body;
    }
}
