package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Control characters are refused in every text of a JSON body, not only in the fields a record's validator
 * lists: a nested name, a list entry, even a field name, each with the field's path and the character.
 */
class ForbiddenCharacterTest extends ApiTestBase {
    private static final String[] MANAGER = ApiClient.as("MANAGER", "天津市技术转移中心");
    @Test
    void aControlCharacterInANestedFieldNoValidatorListsIsNamed() {
        JsonNode problem = refused(api.post("/api/match", ApiClient.json(Map.of("title", "焊缝检测",
                "description", "钢结构焊缝表面缺陷检测", "indicators", java.util.List.of(Map.of("name", "检出率",
                        "target", "≥ 97%\u001b[31m")))), MANAGER));
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("indicators[0].target");
        assertThat(problem.get("detail").asString()).contains("U+001B");
    }

    @Test
    void aFieldNameWithANulIsRefused() {
        JsonNode problem = refused(api.post("/api/achievements", "{\"title\": \"标题\", \"ti\\u0000tle\": \"x\"}", MANAGER));
        assertThat(problem.get("detail").asString()).contains("U+0000");
    }

    @Test
    void aLoneSurrogateIsRefusedWhereverItIs() {
        JsonNode problem = refused(api.post("/api/demands", "{\"title\": \"需求\", \"enterprise\": {\"name\": "
                + "\"天津\\ud800公司\"}}", MANAGER));
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("enterprise.name");
        assertThat(problem.get("detail").asString()).contains("U+D800");
    }

    private long stored;

    @org.junit.jupiter.api.BeforeEach
    void countStored() {
        stored = total();
    }

    private JsonNode refused(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(total()).as("nothing stored").isEqualTo(stored);
        return response.json();
    }

    private long total() {
        return api.get("/api/achievements", Map.of("status", "草稿,已发布,已撤回,已过期,已转化")).json().get("total").asLong()
                + api.get("/api/demands", Map.of("status", "草稿,征集中,对接中,已解决,已关闭,已过期")).json().get("total")
                .asLong();
    }
}
