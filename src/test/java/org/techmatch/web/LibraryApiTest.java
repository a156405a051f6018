package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The libraries over real HTTP: create, search in Chinese, update with versions, filters and facets. */
class LibraryApiTest extends ApiTestBase {

    /** These tests are about the records, not about who may write them: writes are made by a city-level official. */
    @Override
    @org.junit.jupiter.api.BeforeEach
    protected void client() {
        super.client();
        api = api.writingAs(ApiClient.CITY_OFFICIAL);
    }

    static Map<String, Object> achievement(String title, String description, String field, String maturity,
                                           String region, Object price, String... modes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("owner", Map.of("name", "天津大学", "kind", "高校"));
        body.put("techField", field);
        body.put("industry", "C38");
        body.put("maturity", maturity);
        body.put("region", region);
        body.put("askingPrice", price);
        body.put("transferModes", List.of(modes));
        return body;
    }

    @Test
    void createdAchievementIsFoundByAQuerySegmentedDifferently() {
        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(achievement(
                "高镍三元锂离子电池正极材料表面包覆改性技术",
                "针对高镍正极材料循环稳定性差的问题，采用原子层沉积在颗粒表面包覆纳米氧化铝层，容量保持率提升至 92%。",
                "新能源与节能", "通过中试", "南开区", Map.of("minWan", 80, "maxWan", 120), "许可")));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.headers().get("location").getFirst()).endsWith("/api/achievements/" + id);

        // 「镍三元锂」 cuts across the words 高镍 / 三元 / 锂离子: only the bigrams can match it.
        JsonNode found = api.get("/api/achievements", Map.of("q", "镍三元锂")).json();
        assertThat(ids(found)).contains(id);
        JsonNode hit = found.get("items").get(0);
        assertThat(hit.get("highlights").get("title").asString()).contains("<em>");
        assertThat(hit.get("score").asDouble()).isPositive();

        assertThat(api.get("/api/achievements/" + id, Map.of()).json().get("title").asString())
                .isEqualTo("高镍三元锂离子电池正极材料表面包覆改性技术");
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        Map<String, Object> body = achievement("盐碱地水稻节水灌溉控制系统", "基于土壤墒情传感与模型预测的灌溉控制，节水 30%。",
                "先进制造与自动化", "已有样品", "津南区", Map.of("negotiable", true), "转让");
        JsonNode created = api.post("/api/achievements", ApiClient.json(body)).json();
        String id = created.get("id").asString();

        body.put("version", 1);
        body.put("title", "盐碱地水稻节水灌溉智能控制系统");
        ApiClient.Response first = api.put("/api/achievements/" + id, ApiClient.json(body));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(2);

        body.put("title", "被覆盖的标题");
        ApiClient.Response stale = api.put("/api/achievements/" + id, ApiClient.json(body));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("版本");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);

        JsonNode now = api.get("/api/achievements/" + id, Map.of()).json();
        assertThat(now.get("title").asString()).isEqualTo("盐碱地水稻节水灌溉智能控制系统");
        assertThat(now.get("version").asLong()).isEqualTo(2);
        assertThat(now.get("createdAt").asString()).isEqualTo(created.get("createdAt").asString());
    }

    @Test
    void filtersNarrowTheResultAndFacetsCountIt() {
        String marker = "滤波测试" + System.nanoTime() % 100000;
        List<Map<String, Object>> bodies = List.of(
                achievement(marker + "甲 碳纤维复合材料", "碳纤维预浸料工艺", "新材料", "已有样品", "南开区",
                        Map.of("minWan", 50, "maxWan", 80), "许可", "转让"),
                achievement(marker + "乙 碳纤维回收", "热解回收碳纤维", "新材料", "通过小试", "津南区",
                        Map.of("minWan", 200, "maxWan", 300), "转让"),
                achievement(marker + "丙 碳纤维自行车架", "一体成型车架", "先进制造与自动化", "已有样品", "南开区",
                        Map.of("negotiable", true), "合作开发"));
        bodies.forEach(b -> assertThat(api.post("/api/achievements", ApiClient.json(b)).status()).isEqualTo(201));

        JsonNode all = api.get("/api/achievements", Map.of("q", marker)).json();
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(facet(all, "techField")).containsEntry("新材料", 2L).containsEntry("先进制造与自动化", 1L);
        assertThat(facet(all, "region")).containsEntry("南开区", 2L).containsEntry("津南区", 1L);
        assertThat(facet(all, "mode")).containsEntry("转让", 2L).containsEntry("许可", 1L).containsEntry("合作开发", 1L);

        JsonNode materials = api.get("/api/achievements", Map.of("q", marker, "techField", "新材料")).json();
        assertThat(materials.get("total").asLong()).isEqualTo(2);
        assertThat(facet(materials, "maturity")).containsEntry("已有样品", 1L).containsEntry("通过小试", 1L);

        JsonNode cheap = api.get("/api/achievements", Map.of("q", marker, "priceMax", "100")).json();
        assertThat(cheap.get("total").asLong()).isEqualTo(1);
        assertThat(cheap.get("items").get(0).get("record").get("title").asString()).contains("甲");

        JsonNode byPrice = api.get("/api/achievements", Map.of("q", marker, "sort", "amount_desc")).json();
        assertThat(byPrice.get("items")).extracting(n -> n.get("record").get("title").asString())
                .map(t -> t.substring(marker.length(), marker.length() + 1)).containsExactly("乙", "甲", "丙");

        JsonNode paged = api.get("/api/achievements", Map.of("q", marker, "size", "2", "page", "2")).json();
        assertThat(paged.get("total").asLong()).isEqualTo(3);
        assertThat(paged.get("items")).hasSize(1);
    }

    @Test
    void aWithdrawnAchievementLeavesDefaultSearchesButIsKept() {
        String marker = "撤回测试" + System.nanoTime() % 100000;
        String id = api.post("/api/achievements", ApiClient.json(achievement(marker + " 光伏组件清洗机器人", "履带式清洗",
                "先进制造与自动化", "可以量产", "北辰区", Map.of("negotiable", true), "转让"))).json().get("id").asString();
        assertThat(api.delete("/api/achievements/" + id).json().get("status").asString()).isEqualTo("已撤回");
        assertThat(api.get("/api/achievements", Map.of("q", marker)).json().get("total").asLong()).isZero();
        assertThat(api.get("/api/achievements", Map.of("q", marker, "status", "已撤回"), ApiClient.CITY_OFFICIAL).json()
                .get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/achievements/" + id, Map.of(), ApiClient.CITY_OFFICIAL).status()).isEqualTo(200);
        // not published any more: anonymous visitors neither find nor open it
        assertThat(api.get("/api/achievements", Map.of("q", marker, "status", "已撤回")).json().get("total").asLong())
                .isZero();
        assertThat(api.get("/api/achievements/" + id, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aConfidentialDemandHidesItsEnterpriseFromAnonymousReadersOnly() {
        Map<String, Object> demand = new LinkedHashMap<>();
        demand.put("title", "高精度谐波减速器柔轮疲劳寿命提升");
        demand.put("description", "我司机器人关节用谐波减速器柔轮寿命不足 3000 小时，寻求材料与热处理方案。");
        demand.put("indicators", List.of("寿命：≥ 10000 小时", Map.of("name", "传动精度", "target", "≤ 30 弧秒")));
        demand.put("enterprise", Map.of("name", "天津北辰精密传动有限公司"));
        demand.put("contact", Map.of("person", "赵工", "phone", "13800001111"));
        demand.put("visibility", "仅技术经理人可见");
        demand.put("budget", Map.of("minWan", 50, "maxWan", 100));
        demand.put("chokepoint", true);
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(demand), "X-TechMatch-Role", "ENTERPRISE",
                "X-TechMatch-Org", java.net.URLEncoder.encode("天津北辰精密传动有限公司", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("enterprise").get("name").asString()).isEqualTo("天津北辰精密传动有限公司");
        String id = created.json().get("id").asString();
        assertThat(created.json().get("indicators").get(0).get("target").asString()).isEqualTo("≥ 10000 小时");

        ApiClient.Response anonymous = api.get("/api/demands/" + id, Map.of());
        assertThat(anonymous.body()).doesNotContain("天津北辰精密传动有限公司").doesNotContain("13800001111")
                .doesNotContain("enterprise").doesNotContain("contact");
        ApiClient.Response searched = api.get("/api/demands", Map.of("q", "谐波减速器"));
        assertThat(searched.json().get("total").asLong()).isEqualTo(1);
        assertThat(searched.body()).doesNotContain("天津北辰精密传动有限公司").doesNotContain("13800001111");
        // searching for the enterprise's name must not reveal that it has a hidden demand
        assertThat(api.get("/api/demands", Map.of("q", "北辰精密传动")).json().get("total").asLong()).isZero();

        ApiClient.Response manager = api.get("/api/demands/" + id, Map.of(), "X-TechMatch-Role", "MANAGER");
        assertThat(manager.body()).contains("天津北辰精密传动有限公司").contains("13800001111");
        assertThat(facet(api.get("/api/demands", Map.of("q", "谐波减速器")).json(), "chokepoint"))
                .containsEntry("是", 1L);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("record").get("id").asString()));
        return ids;
    }

    private static Map<String, Long> facet(JsonNode page, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        page.get("facets").get(name).forEach(c -> counts.put(c.get("value").asString(), c.get("count").asLong()));
        return counts;
    }
}
