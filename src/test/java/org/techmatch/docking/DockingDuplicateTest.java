package org.techmatch.docking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ClockedApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * A pair (a demand and an achievement, or an expert or team) is brokered once at a time: a second live docking is
 * refused with 409 pointing to the existing one; once that one ended, a new one may start. A docking from a matched
 * expert carries the expert, its organisation and team.
 */
class DockingDuplicateTest extends ClockedApiTestBase {
    static final String[] CENTRE = ApiClient.as("MANAGER", "天津市技术转移中心");
    static final String[] OTHER_CENTRE = ApiClient.as("MANAGER", "滨海新区科技服务中心");

    @Test
    void aSecondLiveDockingForTheSamePairIsRefusedPointingToTheFirst() {
        String demandId = demand();
        String achievementId = achievement();
        String first = created(api.post("/api/dockings", body(demandId, achievementId, null, "天津市技术转移中心"), CENTRE));
        ok(api.post("/api/dockings/" + first + "/steps", ApiClient.json(Map.of("stage", "商务谈判", "note", "报价中")),
                CENTRE));

        for (String[] manager : List.of(CENTRE, OTHER_CENTRE)) {
            String organisation = manager == CENTRE ? "天津市技术转移中心" : "滨海新区科技服务中心";
            ApiClient.Response again = api.post("/api/dockings", body(demandId, achievementId, null, organisation), manager);
            assertThat(again.status()).as(again.body()).isEqualTo(409);
            JsonNode problem = again.json();
            assertThat(problem.get("detail").asString()).contains(first).contains("商务谈判")
                    .contains("/docking.html?id=" + first);
            assertThat(problem.get("existingId").asString()).isEqualTo(first);
            assertThat(problem.get("existingUrl").asString()).isEqualTo("/docking.html?id=" + first);
        }
        // nothing was written: the demand still has one docking
        JsonNode listed = api.get("/api/dockings/of-demand/" + demandId, Map.of(), CENTRE).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(first);

        // another achievement for the same demand is another pair
        String second = created(api.post("/api/dockings", body(demandId, achievement(), null, "天津市技术转移中心"), CENTRE));
        assertThat(second).isNotEqualTo(first);

        // once the first ended, the pair may be brokered again
        ok(api.post("/api/dockings/" + first + "/steps", ApiClient.json(Map.of("stage", "已放弃", "note", "报价未谈拢",
                "reason", "报价差距过大")), CENTRE));
        created(api.post("/api/dockings", body(demandId, achievementId, null, "天津市技术转移中心"), CENTRE));
    }

    @Test
    void aDockingWithAMatchedExpertCarriesItsOrganisationAndTeamAndIsAPairOfItsOwn() {
        String demandId = demand();
        String expertId = expert();
        String docking = created(api.post("/api/dockings", body(demandId, null, expertId, "天津市技术转移中心"), CENTRE));
        JsonNode stored = api.get("/api/dockings/" + docking, Map.of(), CENTRE).json();
        assertThat(stored.get("expertId").asString()).isEqualTo(expertId);
        assertThat(stored.get("supplySide").get("name").asString()).isEqualTo("天津大学");
        assertThat(stored.get("team").get("name").asString()).isEqualTo("精密传动与摩擦学团队");
        assertThat(stored.get("title").asString()).endsWith("↔ 精密传动与摩擦学团队");

        ApiClient.Response again = api.post("/api/dockings", body(demandId, null, expertId, "天津市技术转移中心"), CENTRE);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("existingId").asString()).isEqualTo(docking);

        assertThat(api.get("/api/dockings/of-demand/" + demandId, Map.of(), ApiClient.as("ENTERPRISE", "天津北辰精密传动有限公司"))
                .status()).isEqualTo(403);
    }

    private static String body(String demandId, String achievementId, String expertId, String organisation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("demandId", demandId);
        if (achievementId != null) {
            body.put("achievementId", achievementId);
        }
        if (expertId != null) {
            body.put("expertId", expertId);
        }
        body.put("manager", Map.of("name", "王经理", "organisation", organisation));
        body.put("source", "人工撮合");
        body.put("note", "介绍双方认识");
        return ApiClient.json(body);
    }

    private String demand() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "谐波减速器柔轮寿命提升");
        body.put("description", "柔轮寿命不足 3000 小时。");
        body.put("enterprise", Map.of("name", "天津北辰精密传动有限公司"));
        body.put("techField", "先进制造与自动化");
        body.put("industry", "C34");
        body.put("region", "北辰区");
        return created(api.post("/api/demands", ApiClient.json(body), ApiClient.CITY_OFFICIAL));
    }

    private String achievement() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "柔轮渗氮强化技术");
        body.put("description", "离子渗氮结合喷丸强化。");
        body.put("owner", Map.of("name", "天津大学", "kind", "高校"));
        body.put("techField", "先进制造与自动化");
        body.put("maturity", "通过中试");
        return created(api.post("/api/achievements", ApiClient.json(body), ApiClient.CITY_OFFICIAL));
    }

    private String expert() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "团队");
        body.put("name", "精密传动与摩擦学团队");
        body.put("organisation", Map.of("name", "天津大学", "kind", "高校"));
        body.put("leader", "王立新");
        body.put("members", List.of("王立新", "李晓梅"));
        body.put("researchAreas", List.of("谐波减速器", "表面强化"));
        body.put("techFields", List.of("先进制造与自动化"));
        body.put("profile", "长期从事精密传动部件表面强化研究。");
        return created(api.post("/api/experts", ApiClient.json(body), ApiClient.as("UNIVERSITY", "天津大学")));
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
