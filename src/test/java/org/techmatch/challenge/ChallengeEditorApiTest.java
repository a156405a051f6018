package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * What the official's challenge editor relies on: a draft's plan is checked field by field (shares and weights sum
 * to 100), its office and district come from the signed-in official, drafts are listed to that district's officials
 * only, and a draft made from demands can be published without naming a district by hand.
 */
class ChallengeEditorApiTest extends ChallengeApiTestBase {

    @Test
    void milestoneSharesThatDoNotSumTo100AreRefusedNamingTheField() {
        Map<String, Object> body = challengeBody(null);
        body.put("milestones", List.of(
                Map.of("name", "样件试制", "deliverable", "样件与测试报告", "dueDate", "2026-12-31", "sharePercent", 40),
                Map.of("name", "装机验证", "deliverable", "台架验证报告", "dueDate", "2027-06-30", "sharePercent", 50)));
        ApiClient.Response refused = api.post("/api/challenges", ApiClient.json(body), OFFICIAL);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("milestones");
        assertThat(detail(refused)).contains("付款比例之和应为 100%").contains("90%");
    }

    @Test
    void criterionWeightsThatDoNotSumTo100AreRefusedNamingTheField() {
        String id = created(api.post("/api/challenges", ApiClient.json(challengeBody(null)), OFFICIAL));
        JsonNode draft = api.get("/api/challenges/" + id, Map.of(), OFFICIAL).json();
        Map<String, Object> body = challengeBody(null);
        body.put("version", draft.get("version").asLong());
        body.put("criteria", List.of(Map.of("name", "技术先进性", "weight", 60), Map.of("name", "报价合理性", "weight", 30)));
        ApiClient.Response refused = api.put("/api/challenges/" + id, ApiClient.json(body), OFFICIAL);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("criteria");
        assertThat(detail(refused)).contains("权重之和应为 100").contains("90");
        // nothing was half-written: the draft keeps its default criteria
        assertThat(api.get("/api/challenges/" + id, Map.of(), OFFICIAL).json().get("criteria")).hasSize(4);
    }

    @Test
    void aDistrictOfficialsDraftTakesItsOfficeAndDistrictAndIsListedToThatDistrictOnly() {
        String[] nankai = api.districtOfficial("南开区");
        String[] heping = api.districtOfficial("和平区");
        Map<String, Object> body = challengeBody(null);
        body.remove("office");
        String id = created(api.post("/api/challenges", ApiClient.json(body), nankai));
        JsonNode draft = api.get("/api/challenges/" + id, Map.of(), nankai).json();
        assertThat(draft.get("office").get("name").asString()).isEqualTo("南开区科学技术局");
        assertThat(draft.get("office").get("district").asString()).isEqualTo("南开区");

        // an office of another district typed into the body does not move the draft out of the official's reach
        body.put("office", Map.of("name", "和平区科学技术局", "district", "和平区"));
        body.put("version", draft.get("version").asLong());
        JsonNode edited = ok(api.put("/api/challenges/" + id, ApiClient.json(body), nankai));
        assertThat(edited.get("office").get("district").asString()).isEqualTo("南开区");

        assertThat(api.get("/api/challenges", Map.of("status", "草稿", "size", "50"), nankai).body()).contains(id);
        ApiClient.Response other = api.get("/api/challenges", Map.of("status", "草稿", "size", "50"), heping);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).doesNotContain(id);
        assertThat(api.get("/api/challenges/" + id, Map.of(), heping).status()).isEqualTo(404);
        assertThat(api.get("/api/challenges", Map.of("status", "草稿"), TJU_USER).status()).isEqualTo(403);

        JsonNode published = ok(move(id, "publish", Map.of(), nankai));
        assertThat(published.get("status").asString()).isEqualTo("已发布");
    }

    @Test
    void aDraftFromDemandsNamesTheOfficialsOfficeAndCanBePublishedOnceItsPlanIsFilledIn() {
        String[] nankai = api.districtOfficial("南开区");
        String demandId = demand();
        JsonNode draft = ok201(api.post("/api/challenges/from-demands",
                ApiClient.json(Map.of("demandIds", List.of(demandId))), nankai));
        assertThat(draft.get("office").get("name").asString()).isEqualTo("南开区科学技术局");
        assertThat(draft.get("office").get("district").asString()).isEqualTo("南开区");
        ApiClient.Response early = move(draft.get("id").asString(), "publish", Map.of(), nankai);
        assertThat(early.status()).isEqualTo(400);
        assertThat(detail(early)).doesNotContain("null").contains("里程碑");

        Map<String, Object> plan = challengeBody(demandId);
        plan.put("version", draft.get("version").asLong());
        ok(api.put("/api/challenges/" + draft.get("id").asString(), ApiClient.json(plan), nankai));
        assertThat(ok(move(draft.get("id").asString(), "publish", Map.of(), nankai)).get("status").asString())
                .isEqualTo("已发布");
    }

    private static JsonNode ok201(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static List<String> fields(ApiClient.Response response) {
        List<String> fields = new java.util.ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields.stream().distinct().toList();
    }
}
