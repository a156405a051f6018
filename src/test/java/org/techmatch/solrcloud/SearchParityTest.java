package org.techmatch.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.TechMatchApplication;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same service with the fixtures on both backends, side by side: every search a user makes (text, filters,
 * sorts, pages, facets, snippets, as anonymous visitors and as signed-in roles whose read scopes differ) and the
 * audit log's pages answer the same records in the same order with the same totals and facet counts.
 */
class SearchParityTest {
    private static final String[] MANAGER = ApiClient.basic("manager", "Demo-Jingliren-2026");
    private static final String[] OFFICIAL = ApiClient.basic("official", "Demo-Keji-2026");
    private static final String[] ENTERPRISE = ApiClient.basic("enterprise", "Demo-Qiye-2026");
    private static final String[] ANONYMOUS = new String[0];

    private static ConfigurableApplicationContext embedded;
    private static ConfigurableApplicationContext solr;
    private static ApiClient onEmbedded;
    private static ApiClient onSolr;

    @BeforeAll
    static void startBoth() {
        embedded = start(Map.of());
        solr = start(SolrBackend.properties("parity"));
        onEmbedded = new ApiClient(port(embedded));
        onSolr = new ApiClient(port(solr));
    }

    @AfterAll
    static void stopBoth() {
        if (solr != null) {
            solr.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void searchesAnswerTheSameRecordsInTheSameOrderWithTheSameFacets() {
        List<Map<String, String>> searches = List.of(
                Map.of("q", "焊缝缺陷检测"),
                Map.of("q", "锂电池", "size", "5"),
                Map.of("q", "机器人", "page", "2", "size", "5"),
                Map.of("q", "新材料 复合"),
                Map.of("q", "智能", "techField", "新材料"),
                Map.of(),
                Map.of("sort", "amount_asc", "size", "30"),
                Map.of("sort", "amount_desc", "size", "30"),
                Map.of("sort", "updated", "page", "3"),
                Map.of("priceMin", "50", "priceMax", "300", "sort", "newest"),
                Map.of("q", "！！！"));
        int compared = 0;
        SoftAssertions softly = new SoftAssertions();
        // each library's path and the name of its amount parameters (experts have none)
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("/api/achievements", "price");
        libraries.put("/api/demands", "budget");
        libraries.put("/api/experts", null);
        libraries.put("/api/challenges", "budget");
        libraries.put("/api/dockings", "value");
        for (var library : libraries.entrySet()) {
            for (Map<String, String> params : searches) {
                boolean byAmount = params.keySet().stream().anyMatch(p -> p.startsWith("price"))
                        || params.getOrDefault("sort", "").startsWith("amount");
                if (byAmount && library.getValue() == null) {
                    continue;
                }
                Map<String, String> named = new LinkedHashMap<>();
                params.forEach((name, value) -> named.put(name.replace("price", library.getValue() == null ? "price"
                        : library.getValue()), value));
                for (String[] viewer : List.of(ANONYMOUS, MANAGER, OFFICIAL, ENTERPRISE)) {
                    compared += compareSearch(softly, library.getKey(), named, viewer);
                }
            }
        }
        softly.assertAll();
        assertThat(compared).as("searches answered on both").isGreaterThan(100);
    }

    @Test
    void exportsHoldTheSameRecordsInTheSameOrder() {
        int rows = 0;
        for (String library : List.of("achievements", "demands", "experts")) {
            for (Map<String, String> search : List.of(Map.<String, String>of(), Map.of("q", "机器人"),
                    Map.of("q", "锂电池", "sort", "relevance"), Map.of("sort", "updated"))) {
                for (String[] viewer : List.of(ANONYMOUS, MANAGER, OFFICIAL, ApiClient.CITY_OFFICIAL)) {
                    Map<String, String> params = new LinkedHashMap<>(search);
                    params.put("format", "csv");
                    ApiClient.Response a = onEmbedded.get("/api/exports/" + library, params, viewer);
                    ApiClient.Response b = onSolr.get("/api/exports/" + library, params, viewer);
                    String what = library + " " + params + " as " + (viewer.length == 0 ? "anonymous" : viewer[1]);
                    assertThat(b.status()).as(what).isEqualTo(a.status());
                    if (a.status() == 200) {
                        List<String> ids = exportedIds(a.body());
                        assertThat(exportedIds(b.body())).as(what).isEqualTo(ids);
                        rows += ids.size();
                    }
                }
            }
        }
        assertThat(rows).as("exported rows compared").isGreaterThan(1000);
    }

    /** The ids that begin the exported rows, in their order. */
    private static List<String> exportedIds(String csv) {
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\"?([A-Z]{3}-\\d{6})[\",]").matcher(csv);
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }

    @Test
    void theAuditLogListsTheSamePages() {
        for (Map<String, String> params : List.of(Map.<String, String>of(), Map.of("size", "2", "page", "2"),
                Map.of("recordId", "DKG-000017"), Map.of("from", "2000-01-01", "to", "2000-01-02"))) {
            for (String[] official : List.of(OFFICIAL, ApiClient.CITY_OFFICIAL)) {
                JsonNode a = onEmbedded.get("/api/audit", params, official).json();
                JsonNode b = onSolr.get("/api/audit", params, official).json();
                assertThat(b.get("total")).as("audit total %s", params).isEqualTo(a.get("total"));
                assertThat(auditIds(b)).as("audit %s", params).isEqualTo(auditIds(a));
            }
        }
        JsonNode all = onSolr.get("/api/audit", Map.of(), ApiClient.CITY_OFFICIAL).json();
        assertThat(all.get("total").asLong()).as("the fixtures' audit entries are listed").isPositive();
    }

    /** 1 when both answered the search (compared), 0 when both refused it alike (an anonymous docking list). */
    private static int compareSearch(SoftAssertions softly, String library, Map<String, String> params,
                                     String[] viewer) {
        ApiClient.Response a = onEmbedded.get(library, params, viewer);
        ApiClient.Response b = onSolr.get(library, params, viewer);
        String what = library + " " + params + " as " + (viewer.length == 0 ? "anonymous" : viewer[1]);
        assertThat(b.status()).as(what + ": " + b.body()).isEqualTo(a.status()).isIn(200, 401, 403);
        if (a.status() != 200) {
            return 0;
        }
        JsonNode left = a.json();
        JsonNode right = b.json();
        softly.assertThat(right.get("total")).as(what + " total").isEqualTo(left.get("total"));
        softly.assertThat(ids(right)).as(what + " hits").isEqualTo(ids(left));
        softly.assertThat(right.get("facets")).as(what + " facets").isEqualTo(left.get("facets"));
        for (int i = 0; i < Math.min(left.get("items").size(), right.get("items").size()); i++) {
            JsonNode l = left.get("items").get(i);
            JsonNode r = right.get("items").get(i);
            softly.assertThat(withoutLoadTime(r.get("record"))).as(what + " record " + i)
                    .isEqualTo(withoutLoadTime(l.get("record")));
            softly.assertThat(r.get("highlights")).as(what + " highlights " + i).isEqualTo(l.get("highlights"));
            if (l.hasNonNull("score")) {
                softly.assertThat(r.get("score").asDouble()).as(what + " score " + i)
                        .isCloseTo(l.get("score").asDouble(), org.assertj.core.data.Percentage.withPercentage(1));
            }
        }
        return 1;
    }

    /** A record without updatedAt: each service stamps the fixtures it loads with its own start's time. */
    private static JsonNode withoutLoadTime(JsonNode record) {
        ObjectNode copy = (ObjectNode) record.deepCopy();
        copy.remove("updatedAt");
        return copy;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("record").get("id").asString()));
        return ids;
    }

    private static List<String> auditIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static ConfigurableApplicationContext start(Map<String, String> backend) {
        Map<String, Object> properties = new LinkedHashMap<>();
        try {
            properties.put("techmatch.index.path", Files.createTempDirectory("techmatch-parity-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("server.port", "0");
        properties.put("techmatch.fixtures.load-on-empty", "true");
        properties.put("techmatch.semantic.enabled", "false");
        properties.putAll(backend);
        // as arguments: they outrank application.yml, as the service's command line does
        String[] args = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(TechMatchApplication.class).logStartupInfo(false).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
