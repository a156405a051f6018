package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A team's evidence on an expert match quotes its published achievements only: EXP-000024 (功率与低功耗集成电路团队)
 * links ACH-000102, transferred (已转化) and so no longer published, whose title must not reach a visitor through
 * the expert page's highlights (marked with em) or explanations.
 */
class ExpertEvidenceAccessTest extends FixturesApiTestBase {
    private static final String UNPUBLISHED_TITLE = "氮化镓快充电源高频驱动与控制芯片";

    @Test
    void anExpertMatchQuotesNoUnpublishedAchievementOfTheTeam() {
        assertThat(api.get("/api/achievements/ACH-000102", Map.of()).status()).isEqualTo(404);
        Map<String, Object> demand = new LinkedHashMap<>();
        demand.put("title", "快充电源氮化镓功率器件高频驱动方案");
        demand.put("description", "公司生产 65W 氮化镓快充适配器，需要高频驱动与控制芯片方案，提高开关频率、降低损耗，"
                + "希望与集成电路团队合作开发驱动芯片。");
        demand.put("enterprise", Map.of("name", "天津滨海启元细胞治疗技术有限公司"));
        demand.put("techField", "电子信息");
        demand.put("region", "滨海新区");
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(demand), ENTERPRISE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        ApiClient.Response experts = api.get("/api/demands/" + created.json().get("id").asString() + "/experts",
                Map.of("includeWeak", "true", "size", "50"));

        assertThat(experts.status()).as(experts.body()).isEqualTo(200);
        assertThat(experts.body()).as("the team is listed").contains("EXP-000024");
        assertThat(experts.body().replaceAll("</?(em|mark)>", "")).doesNotContain(UNPUBLISHED_TITLE);
    }
}
