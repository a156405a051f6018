package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * What the server manages (id, version, timestamps, a create's status, reviews, award, contract) never comes from a
 * create body: challenges and applications drop it, dockings refuse a body that carries it.
 */
class ServerManagedFieldsTest extends FixturesApiTestBase {
    static final String OLD = "2020-01-01T00:00:00Z";

    private static void recent(JsonNode record) {
        Instant created = Instant.parse(record.get("createdAt").asString());
        assertThat(created).isAfter(Instant.now().minus(1, ChronoUnit.HOURS));
    }

    @Test
    void aChallengesCreateBodyCannotSetItsIdVersionStatusAwardOrTimes() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "CHL-999999");
        body.put("version", 9);
        body.put("status", "已验收");
        body.put("title", "服务端字段测试榜单");
        body.put("problem", "仅用于测试。");
        body.put("office", Map.of("name", "滨海新区科学技术局", "district", "滨海新区"));
        body.put("awardee", "天津大学");
        body.put("awardedApplicationId", "APP-000001");
        body.put("createdAt", OLD);
        body.put("updatedAt", OLD);
        ApiClient.Response created = api.post("/api/challenges", ApiClient.json(body), OFFICIAL);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode challenge = created.json();
        assertThat(challenge.get("id").asString()).isNotEqualTo("CHL-999999");
        assertThat(challenge.get("version").asLong()).isEqualTo(1);
        assertThat(challenge.get("status").asString()).isEqualTo("草稿");
        assertThat(challenge.path("awardee").isMissingNode() || challenge.get("awardee").isNull()).isTrue();
        recent(challenge);
        assertThat(api.get("/api/challenges/CHL-999999", Map.of(), OFFICIAL).status()).isEqualTo(404);
    }

    @Test
    void anApplicationsCreateBodyCannotSetItsStatusReviewsOrTimes() {
        String[] applicant = account("managed-fields-university", "UNIVERSITY", "天津城建大学", null);
        Map<String, Object> body = new LinkedHashMap<>(ChallengeApiTestBase.applicationBody("天津城建大学", "高校", List.of()));
        body.put("id", "APP-999999");
        body.put("version", 7);
        body.put("status", "已中标");
        body.put("challengeId", "CHL-000003");
        body.put("reviews", List.of(Map.of("reviewer", "自评", "organisation", "天津城建大学", "weightedScore", 100,
                "scores", Map.of("技术先进性", 100))));
        body.put("createdAt", OLD);
        body.put("updatedAt", OLD);
        ApiClient.Response created = api.post("/api/challenges/CHL-000002/applications", ApiClient.json(body), applicant);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode application = created.json();
        assertThat(application.get("id").asString()).isNotEqualTo("APP-999999");
        assertThat(application.get("version").asLong()).isEqualTo(1);
        assertThat(application.get("status").asString()).isEqualTo("已提交");
        assertThat(application.get("challengeId").asString()).isEqualTo("CHL-000002");
        assertThat(application.get("reviews")).isEmpty();
        recent(application);
    }

    /** A demand of 南开区, so the docking made here is none of the demo manager's or the demo official's. */
    private String nankaiDemand() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "服务端字段测试需求");
        body.put("description", "仅用于测试。");
        body.put("enterprise", Map.of("name", "天津南开服务端测试有限公司"));
        body.put("techField", "电子信息");
        body.put("region", "南开区");
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(body), ApiClient.CITY_OFFICIAL);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void aDockingsCreateBodyCarryingServerFieldsIsRefusedAndNothingIsStored() {
        long before = api.get("/api/dockings", Map.of(), ApiClient.CITY_OFFICIAL).json().get("total").asLong();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "DKG-999999");
        body.put("stage", "已签约");
        body.put("contract", Map.of("kind", "技术转让", "valueWan", 9999, "paymentTerms", "一次性支付"));
        body.put("demandId", nankaiDemand());
        body.put("supplySide", Map.of("name", "天津大学", "kind", "高校"));
        body.put("manager", Map.of("name", "测试经理人", "organisation", "南开区技术转移测试中心"));
        body.put("note", "服务端字段测试");
        ApiClient.Response refused = api.post("/api/dockings", ApiClient.json(body), ApiClient.CITY_OFFICIAL);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get("/api/dockings", Map.of(), ApiClient.CITY_OFFICIAL).json().get("total").asLong())
                .isEqualTo(before);

        body.keySet().removeAll(List.of("id", "stage", "contract"));
        ApiClient.Response created = api.post("/api/dockings", ApiClient.json(body), ApiClient.CITY_OFFICIAL);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("stage").asString()).isEqualTo("初步介绍");
        assertThat(created.json().path("contract").isMissingNode() || created.json().get("contract").isNull()).isTrue();
    }
}
