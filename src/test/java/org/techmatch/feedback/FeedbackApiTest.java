package org.techmatch.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * Marks on matches over HTTP: who may mark (managers, officials, the query's owner), what a bad mark is told, that a
 * new mark replaces the account's previous one, and that marks reach the audit log, the statistics and the match.
 */
class FeedbackApiTest extends ApiTestBase {
    static final String OWNER_ORG = "天津北辰精密传动有限公司";
    static final String[] OWNER = ApiClient.as("ENTERPRISE", OWNER_ORG);
    static final String[] OTHER_ENTERPRISE = ApiClient.as("ENTERPRISE", "天津静海冷轧板带有限公司");
    static final String[] UNIVERSITY = ApiClient.as("UNIVERSITY", "天津大学");
    static final String[] MANAGER = ApiClient.as("MANAGER", "天津市技术转移中心");

    @DynamicPropertySource
    static void noVectors(DynamicPropertyRegistry registry) {
        registry.add("techmatch.semantic.enabled", () -> "false");
    }

    private String demand(String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "谐波减速器柔轮寿命提升");
        body.put("description", "柔轮疲劳寿命不足 3000 小时，需要渗氮强化或喷丸强化工艺。");
        body.put("enterprise", Map.of("name", OWNER_ORG));
        body.put("techField", "先进制造与自动化");
        body.put("region", "北辰区");
        if (status != null) {
            body.put("status", status);
        }
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(body), OWNER);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String achievement() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "柔轮渗氮强化技术");
        body.put("description", "离子渗氮结合喷丸强化，柔轮疲劳寿命提升一倍。");
        body.put("owner", Map.of("name", "天津大学", "kind", "高校"));
        body.put("techField", "先进制造与自动化");
        body.put("maturity", "通过中试");
        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(body), ApiClient.CITY_OFFICIAL);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String mark(String verdict, String reason, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", verdict);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (note != null) {
            body.put("note", note);
        }
        return ApiClient.json(body);
    }

    private static List<String> fieldsOf(ApiClient.Response response) {
        List<String> fields = new java.util.ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void aBadMarkIsRefusedNamingTheFieldInChinese() {
        String path = "/api/demands/" + demand(null) + "/matches/" + achievement() + "/feedback";
        ApiClient.Response noVerdict = api.put(path, "{}", MANAGER);
        assertThat(noVerdict.status()).isEqualTo(400);
        assertThat(fieldsOf(noVerdict)).containsExactly("verdict");
        assertThat(noVerdict.body()).contains("相关");

        ApiClient.Response unknown = api.put(path, mark("还行", null, null), MANAGER);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fieldsOf(unknown)).containsExactly("verdict");

        ApiClient.Response noReason = api.put(path, mark("不相关", null, null), MANAGER);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fieldsOf(noReason)).containsExactly("reason");
        assertThat(noReason.body()).contains("成熟度不足");

        ApiClient.Response badReason = api.put(path, mark("不相关", "太贵", null), MANAGER);
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(fieldsOf(badReason)).containsExactly("reason");

        ApiClient.Response otherWithoutNote = api.put(path, mark("不相关", "其他", "  "), MANAGER);
        assertThat(otherWithoutNote.status()).isEqualTo(400);
        assertThat(fieldsOf(otherWithoutNote)).containsExactly("note");
        assertThat(otherWithoutNote.body()).contains("其他");

        ApiClient.Response longNote = api.put(path, mark("不相关", "其他", "很".repeat(201)), MANAGER);
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(fieldsOf(longNote)).containsExactly("note");
        assertThat(longNote.body()).contains("200");

        ApiClient.Response missingCandidate = api.put(path.replaceAll("ACH-\\d+", "ACH-999999"),
                mark("相关", null, null), MANAGER);
        assertThat(missingCandidate.status()).isEqualTo(404);
        // nothing was stored by any of these
        assertThat(api.get(path.replace("/feedback", "").replaceAll("/ACH-\\d+$", "/feedback"), Map.of(), MANAGER)
                .json().size()).isZero();
    }

    @Test
    void managersAndTheOwnerMarkOthersAreRefusedAndADraftIsNotThereForThem() {
        String demand = demand(null);
        String draft = demand("草稿");
        String achievement = achievement();
        String path = "/api/demands/" + demand + "/matches/" + achievement + "/feedback";
        String body = mark("不相关", "成熟度不足", null);

        assertThat(api.put(path, body).status()).isEqualTo(401);
        assertThat(api.get("/api/demands/" + demand + "/matches/feedback", Map.of()).status()).isEqualTo(401);
        ApiClient.Response other = api.put(path, body, OTHER_ENTERPRISE);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).contains("技术经理人");
        assertThat(api.put(path, body, UNIVERSITY).status()).isEqualTo(403);
        String draftPath = "/api/demands/" + draft + "/matches/" + achievement + "/feedback";
        assertThat(api.put(draftPath, body, OTHER_ENTERPRISE).status()).isEqualTo(404);
        assertThat(api.get("/api/demands/" + draft + "/matches/feedback", Map.of(), OTHER_ENTERPRISE).status())
                .isEqualTo(404);

        assertThat(api.put(path, body, MANAGER).status()).isEqualTo(200);
        assertThat(api.put(path, mark("相关", null, null), OWNER).status()).isEqualTo(200);
        assertThat(api.put(path, body, ApiClient.CITY_OFFICIAL).status()).isEqualTo(200);
        assertThat(api.put(draftPath, body, OWNER).status()).isEqualTo(200);

        JsonNode marks = api.get("/api/demands/" + demand + "/matches/feedback", Map.of(), OTHER_ENTERPRISE).json();
        assertThat(marks.get(achievement)).hasSize(3);
    }

    @Test
    void aNewMarkReplacesTheAccountsPreviousOneAndIsAuditedCountedAndShownOnTheMatch() {
        String demand = demand(null);
        String achievement = achievement();
        String path = "/api/demands/" + demand + "/matches/" + achievement + "/feedback";
        JsonNode before = api.get("/api/stats/feedback", Map.of(), MANAGER).json();

        JsonNode first = api.put(path, mark("相关", null, null), MANAGER).json();
        ApiClient.Response second = api.put(path, mark("不相关", "成熟度不足", null), MANAGER);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(second.json().get("text").asString()).isEqualTo("经理人标记为不相关：成熟度不足");

        JsonNode marks = api.get("/api/demands/" + demand + "/matches/feedback", Map.of(), OWNER).json();
        assertThat(marks.get(achievement)).hasSize(1);
        assertThat(marks.get(achievement).get(0).get("verdict").asString()).isEqualTo("不相关");
        assertThat(marks.get(achievement).get(0).get("mine").asBoolean()).isFalse();

        JsonNode page = api.get("/api/demands/" + demand + "/matches", Map.of("includeWeak", "true"), OWNER).json();
        assertThat(page.get("modelVersion").asString()).startsWith("config-");
        assertThat(page.get("matches").findValuesAsString("id")).contains(achievement);
        assertThat(page.get("feedback").get(achievement).get(0).get("text").asString())
                .isEqualTo("经理人标记为不相关：成熟度不足");
        JsonNode anonymous = api.get("/api/demands/" + demand + "/matches", Map.of("includeWeak", "true")).json();
        assertThat(anonymous.get("modelVersion").asString()).startsWith("config-");
        assertThat(anonymous.get("feedback").size()).isZero();

        JsonNode audit = api.get("/api/audit", Map.of("recordId", first.get("id").asString()),
                ApiClient.CITY_OFFICIAL).json();
        assertThat(audit.get("items").findValuesAsString("action")).containsExactlyInAnyOrder("创建", "修改");

        JsonNode after = api.get("/api/stats/feedback", Map.of(), MANAGER).json();
        assertThat(after.get("total").asInt()).isEqualTo(before.get("total").asInt() + 1);
        assertThat(after.get("byVerdict").get("不相关").asInt())
                .isEqualTo(before.get("byVerdict").get("不相关").asInt() + 1);
        assertThat(after.get("byReason").get("成熟度不足").asInt())
                .isEqualTo(before.get("byReason").get("成熟度不足").asInt() + 1);
        assertThat(api.get("/api/stats/feedback", Map.of(), OWNER).status()).isEqualTo(403);

        assertThat(api.delete(path, OWNER).status()).isEqualTo(404); // the owner has no mark to withdraw
        assertThat(api.delete(path, MANAGER).status()).isEqualTo(204);
        assertThat(api.delete(path, MANAGER).status()).isEqualTo(404);
        assertThat(api.get("/api/stats/feedback", Map.of(), MANAGER).json().get("total").asInt())
                .isEqualTo(before.get("total").asInt());
        assertThat(api.get("/api/demands/" + demand + "/matches/feedback", Map.of(), OWNER).json().size()).isZero();
    }
}
