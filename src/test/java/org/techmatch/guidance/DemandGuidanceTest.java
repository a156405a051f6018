package org.techmatch.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;
import tools.jackson.databind.JsonNode;

/** Guided demand writing on the fixture library: the tips a bare draft gets, and the terms suggested for it. */
class DemandGuidanceTest extends FixturesApiTestBase {
    static final String TITLE = "焊缝缺陷自动检测";
    static final String DESCRIPTION = "钢结构焊接后靠人工目视检查焊缝，漏检多、效率低，希望用自动化手段检测焊缝缺陷。";

    @Test
    void aBareDraftIsToldWhatIsMissingAndGetsTheMatchingAchievementsTermsItDoesNotUseYet() {
        ApiClient.Response answer = api.post("/api/demands/guidance",
                ApiClient.json(Map.of("title", TITLE, "description", DESCRIPTION)), ENTERPRISE);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode guidance = answer.json();
        assertThat(fieldsOf(guidance.get("tips"))).contains("indicators", "expectedMaturity", "budget", "techField");
        assertThat(guidance.get("basedOn").asInt()).isPositive();

        JsonNode terms = guidance.get("terms");
        assertThat(terms.size()).isBetween(3, DemandGuidance.MAX_TERMS);
        for (JsonNode term : terms) {
            String word = term.get("term").asString();
            assertThat(TITLE + DESCRIPTION).as(word).doesNotContain(word);
            // each term is really used by an achievement it names, which the enterprise can read
            String source = term.get("achievementIds").get(0).asString();
            ApiClient.Response achievement = api.get("/api/achievements/" + source, Map.of(), ENTERPRISE);
            assertThat(achievement.status()).isEqualTo(200);
            assertThat(achievement.body().toLowerCase()).as(word).contains(word);
        }
    }

    @Test
    void aDraftWithATargetMaturityBudgetAndFieldIsNotToldToAddThem() {
        ApiClient.Response answer = api.post("/api/demands/guidance", ApiClient.json(Map.of("title", TITLE,
                "description", DESCRIPTION + "要求检出率 ≥ 98%，单条焊缝检测时间 ≤ 30 秒。", "expectedMaturity", "通过中试",
                "budget", Map.of("minWan", 50, "maxWan", 120), "techField", "先进制造与自动化")), ENTERPRISE);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(fieldsOf(answer.json().get("tips"))).doesNotContain("indicators", "expectedMaturity", "budget",
                "techField");
    }

    @Test
    void anEmptyDraftIsRefusedNamingTheFieldAndAUniversityMayNotAsk() {
        ApiClient.Response empty = api.post("/api/demands/guidance", "{}", ENTERPRISE);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("description");
        assertThat(api.post("/api/demands/guidance", ApiClient.json(Map.of("title", TITLE)), UNIVERSITY).status())
                .isEqualTo(403);
        assertThat(api.post("/api/demands/guidance", ApiClient.json(Map.of("title", TITLE))).status()).isEqualTo(401);
    }

    private static List<String> fieldsOf(JsonNode tips) {
        List<String> fields = new ArrayList<>();
        tips.forEach(t -> fields.add(t.get("field").asString()));
        return fields;
    }
}
