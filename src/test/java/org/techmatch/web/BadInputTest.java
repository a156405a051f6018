package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input gets a 4xx problem+json naming the field, and the store is left exactly as it was. */
class BadInputTest extends ApiTestBase {

    /** These tests are about the records, not about who may write them: writes are made by a city-level official. */
    @Override
    @org.junit.jupiter.api.BeforeEach
    protected void client() {
        super.client();
        api = api.writingAs(ApiClient.CITY_OFFICIAL);
    }
    private static final Map<String, String> EVERY_STATUS = Map.of("status", "草稿,已发布,已撤回,已过期,已转化");
    private String existingId;
    private String existingBody;
    private long totalBefore;

    @BeforeEach
    void oneStoredRecord() {
        existingId = api.post("/api/achievements", ApiClient.json(valid())).json().get("id").asString();
        existingBody = api.get("/api/achievements/" + existingId, Map.of()).body();
        totalBefore = api.get("/api/achievements", EVERY_STATUS, ApiClient.CITY_OFFICIAL).json().get("total").asLong();
    }

    private static Map<String, Object> valid() {
        return LibraryApiTest.achievement("低温烟气SCR脱硝催化剂", "在 180℃ 下脱硝效率 ≥ 90% 的钒钛系催化剂。", "资源与环境", "已有样品",
                "滨海新区", Map.of("negotiable", true), "许可");
    }

    @Test
    void malformedJson() {
        assertRejected(api.post("/api/achievements", "{\"title\": \"缺右括号\""), 400, "body", "JSON 格式错误");
    }

    @Test
    void emptyBody() {
        assertRejected(api.post("/api/achievements", ""), 400, "body", "请求体为空");
    }

    @Test
    void unknownEnumValueListsTheAcceptedOnes() {
        Map<String, Object> body = valid();
        body.put("maturity", "概念阶段");
        JsonNode problem = assertRejected(api.post("/api/achievements", ApiClient.json(body)), 400, "maturity",
                "可选值");
        assertThat(problem.get("detail").asString()).contains("正在研发").contains("可以量产");
    }

    @Test
    void unknownNestedEnumValueNamesTheNestedField() {
        Map<String, Object> body = valid();
        body.put("owner", Map.of("name", "天津大学", "kind", "大专"));
        assertRejected(api.post("/api/achievements", ApiClient.json(body)), 400, "owner.kind", "机构类型");
    }

    @Test
    void missingRequiredFields() {
        Map<String, Object> body = valid();
        body.remove("title");
        body.remove("owner");
        JsonNode problem = assertRejected(api.post("/api/achievements", ApiClient.json(body)), 400, "title", "必填");
        assertThat(problem.get("errors").toString()).contains("\"owner\"");
    }

    @Test
    void oneMegabyteDescription() {
        Map<String, Object> body = valid();
        body.put("description", "长".repeat(1_000_000));
        JsonNode problem = assertRejected(api.post("/api/achievements", ApiClient.json(body)), 400, "description",
                "长度不能超过");
        assertThat(problem.toString().length()).isLessThan(2_000);
    }

    @Test
    void bodyOverTheRequestLimit() {
        Map<String, Object> body = valid();
        body.put("description", "x".repeat(5 * 1024 * 1024));
        ApiClient.Response response = api.post("/api/achievements", ApiClient.json(body));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("请求体超过上限");
        assertUnchanged();
    }

    @Test
    void controlCharacters() {
        Map<String, Object> body = valid();
        body.put("title", "标题\u0007响铃");
        assertRejected(api.post("/api/achievements", ApiClient.json(body)), 400, "title", "U+0007");
    }

    @Test
    void wrongTypes() {
        Map<String, Object> body = new LinkedHashMap<>(valid());
        body.put("askingPrice", Map.of("minWan", "很多"));
        assertRejected(api.post("/api/achievements", ApiClient.json(body)), 400, "askingPrice.minWan", "数字");
        body = new LinkedHashMap<>(valid());
        body.put("keywords", Map.of("a", 1));
        assertRejected(api.post("/api/achievements", ApiClient.json(body)), 400, "keywords", "数组");
    }

    @Test
    void unknownField() {
        Map<String, Object> body = valid();
        body.put("titel", "拼错的字段");
        assertRejected(api.post("/api/achievements", ApiClient.json(body)), 400, "titel", "未知字段");
    }

    @Test
    void aRejectedUpdateLeavesTheRecordAsItWas() {
        Map<String, Object> body = valid();
        body.put("version", 1);
        body.put("region", "月球背面");
        assertRejected(api.put("/api/achievements/" + existingId, ApiClient.json(body)), 400, "region", "地区");
        body.put("region", "滨海新区");
        body.remove("version");
        assertRejected(api.put("/api/achievements/" + existingId, ApiClient.json(body)), 400, "version", "版本号");
    }

    @Test
    void unknownIdAndUnknownPath() {
        ApiClient.Response missing = api.get("/api/achievements/ACH-999999", Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("ACH-999999");
        assertThat(api.get("/api/nowhere", Map.of(), ApiClient.CITY_OFFICIAL).status()).isEqualTo(404);
        assertThat(api.get("/api/nowhere", Map.of()).status()).as("an unlisted /api path needs a sign-in").isEqualTo(401);
    }

    @Test
    void badSearchParameters() {
        ApiClient.Response response = api.get("/api/achievements", Map.of("size", "5000", "maturity", "量子"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").toString()).contains("size").contains("maturity");
    }

    private JsonNode assertRejected(ApiClient.Response response, int status, String field, String messagePart) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers().get("content-type").getFirst()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asString()).isEqualTo(field);
            assertThat(error.get("message").asString()).contains(messagePart);
        });
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertUnchanged();
        return problem;
    }

    private void assertUnchanged() {
        assertThat(api.get("/api/achievements/" + existingId, Map.of()).body()).isEqualTo(existingBody);
        assertThat(api.get("/api/achievements", EVERY_STATUS, ApiClient.CITY_OFFICIAL).json().get("total").asLong())
                .isEqualTo(totalBefore);
    }
}
