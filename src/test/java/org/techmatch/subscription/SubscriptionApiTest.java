package org.techmatch.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ClockedApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * Saved searches: a university subscribes to a field, a manager to a district on behalf of a client enterprise; the
 * daily digest brings each only the new records its search finds, once.
 */
class SubscriptionApiTest extends ClockedApiTestBase {
    static final String CLIENT = "天津北辰精密传动有限公司";
    static final String[] UNIVERSITY = ApiClient.as("UNIVERSITY", "天津大学");
    static final String[] MANAGER = ApiClient.as("MANAGER", "天津市技术转移中心");
    static final String[] ENTERPRISE = ApiClient.as("ENTERPRISE", CLIENT);

    @Autowired
    SubscriptionService subscriptions;

    private void demand(String title, String field, String region) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title + "，需要合作方案。");
        body.put("enterprise", Map.of("name", "天津某装备有限公司"));
        body.put("techField", field);
        body.put("industry", "C34");
        body.put("region", region);
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(body), ApiClient.CITY_OFFICIAL);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private List<JsonNode> digests(String[] who) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/notifications", Map.of(), who).json().forEach(n -> {
            if ("订阅推送".equals(n.get("type").asString())) {
                found.add(n);
            }
        });
        return found;
    }

    @Test
    void theDailyDigestBringsEachSubscriberItsNewMatchingRecordsOnce() {
        api.authorize(ENTERPRISE);
        ApiClient.Response field = api.post("/api/subscriptions", ApiClient.json(Map.of("library", "demands",
                "filters", Map.of("techField", List.of("先进制造与自动化")))), UNIVERSITY);
        assertThat(field.status()).as(field.body()).isEqualTo(201);
        ApiClient.Response district = api.post("/api/subscriptions", ApiClient.json(Map.of("name", "北辰区新需求",
                "library", "技术需求", "filters", Map.of("region", List.of("北辰区")), "onBehalfOf", CLIENT)), MANAGER);
        assertThat(district.status()).as(district.body()).isEqualTo(201);

        clock.advance(Duration.ofMinutes(5));
        demand("谐波减速器柔轮寿命提升", "先进制造与自动化", "西青区");
        demand("冷链仓储能耗优化", "新能源与节能", "北辰区");
        demand("数控机床主轴热变形补偿", "先进制造与自动化", "北辰区");

        assertThat(subscriptions.runDigests()).isEqualTo(2);
        assertThat(digests(UNIVERSITY)).singleElement().satisfies(n -> {
            assertThat(n.get("title").asString()).contains("2 条新记录");
            assertThat(n.get("body").asString()).contains("谐波减速器").contains("数控机床").doesNotContain("冷链");
        });
        assertThat(digests(MANAGER)).singleElement().satisfies(n -> assertThat(n.get("body").asString())
                .contains("冷链").contains("数控机床").doesNotContain("谐波减速器"));
        assertThat(digests(ENTERPRISE)).as("the client the manager subscribed for").hasSize(1);

        // nothing new: no second digest
        assertThat(subscriptions.runDigests()).isZero();
        assertThat(digests(UNIVERSITY)).hasSize(1);
        assertThat(api.get("/api/subscriptions", Map.of(), UNIVERSITY).json().get(0).get("id").asString())
                .isEqualTo(field.json().get("id").asString());
        assertThat(api.get("/api/subscriptions", Map.of(), MANAGER).json().get(0).get("onBehalfOf").asString())
                .isEqualTo(CLIENT);
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheField() {
        ApiClient.Response library = api.post("/api/subscriptions", ApiClient.json(Map.of("library", "books")),
                UNIVERSITY);
        assertThat(library.status()).isEqualTo(400);
        assertThat(library.body()).contains("library");
        ApiClient.Response behalf = api.post("/api/subscriptions", ApiClient.json(Map.of("library", "demands",
                "q", "减速器", "onBehalfOf", CLIENT)), UNIVERSITY);
        assertThat(behalf.status()).isEqualTo(403);
        String id = api.post("/api/subscriptions", ApiClient.json(Map.of("library", "achievements", "q", "渗氮")),
                UNIVERSITY).json().get("id").asString();
        assertThat(api.delete("/api/subscriptions/" + id, MANAGER).status()).isEqualTo(404);
        assertThat(api.delete("/api/subscriptions/" + id, UNIVERSITY).status()).isEqualTo(200);
        List<String> left = new ArrayList<>();
        api.get("/api/subscriptions", Map.of(), UNIVERSITY).json().forEach(n -> left.add(n.get("id").asString()));
        assertThat(left).as("cancelled").doesNotContain(id);
    }
}
