package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.web.ApiClient;
import org.techmatch.web.TestClock;
import tools.jackson.databind.JsonNode;

/**
 * A first start shows challenges at every stage and dockings, and the open fixture challenge can be run to its
 * acceptance through the API: apply → close → review → award → start → milestones → accept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Config.class)
class ChallengeFromFixturesTest {
    static final String[] OFFICIAL = ApiClient.as("OFFICIAL", "滨海新区科学技术局");
    static final String[] TJU = ApiClient.as("UNIVERSITY", "天津大学");
    static final String[] REVIEWER = ApiClient.as("REVIEWER", "河北工业大学");
    /** 2026-11-22 10:00 in Tianjin: after every fixture date. */
    static final Duration TO_FIXTURE_TODAY = Duration.ofDays(174);

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    ApiClient api;

    @DynamicPropertySource
    static void emptyIndexWithFixtures(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("techmatch-workflow-fixtures-");
        registry.add("techmatch.index.path", dir::toString);
        registry.add("techmatch.fixtures.load-on-empty", () -> "true");
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        clock.reset();
        clock.advance(TO_FIXTURE_TODAY);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void aFirstStartShowsChallengesAtEveryStageAndDockings() {
        JsonNode all = ok(api.get("/api/challenges", Map.of("size", "50"), OFFICIAL));
        List<String> statuses = new java.util.ArrayList<>();
        all.get("items").forEach(i -> statuses.add(i.get("record").get("status").asString()));
        assertThat(statuses).contains("揭榜中", "评审中", "里程碑执行", "已验收").doesNotContain("草稿");
        assertThat(ok(api.get("/api/challenges", Map.of("status", "草稿"), OFFICIAL)).get("total").asLong()).isEqualTo(1);
        assertThat(ok(api.get("/api/challenges", Map.of("q", "碳化硅"))).get("total").asLong()).isEqualTo(1);

        JsonNode overdue = ok(api.get("/api/challenges/milestones/overdue", Map.of(), OFFICIAL));
        assertThat(overdue).anySatisfy(o -> {
            assertThat(o.get("challengeId").asString()).isEqualTo("CHL-000004");
            assertThat(o.get("name").asString()).isEqualTo("样品可靠性");
            assertThat(o.get("daysOverdue").asLong()).isEqualTo(7);
        });
        JsonNode reviewing = ok(api.get("/api/challenges/CHL-000003/applications", Map.of(), OFFICIAL));
        assertThat(reviewing.get("items")).hasSize(2);

        JsonNode dockings = ok(api.get("/api/dockings", Map.of("size", "100"), OFFICIAL));
        assertThat(dockings.get("total").asLong()).isEqualTo(22);
        JsonNode contracts = ok(api.get("/api/stats/by/district", Map.of(), OFFICIAL));
        double value = 0;
        for (JsonNode row : contracts.get("rows")) {
            value += row.get("contractValueWan").asDouble();
        }
        assertThat(value).isEqualTo(885.0);
        JsonNode bench = ok(api.get("/api/dockings/workbench", Map.of(), ApiClient.as("MANAGER", "天津市技术转移中心")));
        assertThat(bench.get("stalled")).isNotEmpty();
        assertThat(ok(api.get("/api/stats/challenges", Map.of(), OFFICIAL)).get("supportReleasedWan").asDouble())
                .isEqualTo(140); // 60 (CHL-000004 first milestone) + 80 (CHL-000005)
    }

    @Test
    void theOpenFixtureChallengeRunsToAcceptance() {
        String id = "CHL-000002";
        api.assign(REVIEWER, id);
        assertThat(ok(api.get("/api/challenges/" + id, Map.of())).get("status").asString()).isEqualTo("揭榜中");
        String mine = created(api.post("/api/challenges/" + id + "/applications", ApiClient.json(Map.of(
                "title", "基于声-气-热多信号融合的储能舱热失控预警",
                "applicant", Map.of("name", "天津大学", "kind", "高校"),
                "achievementIds", List.of("ACH-000213"),
                "approach", "融合声发射、特征气体与温度场信号，构建热失控前兆识别模型，预警提前量 ≥ 8 分钟。",
                "maturity", "通过中试", "priceWan", 240, "schedule", "5 个月完成样机，11 个月完成示范")), TJU));
        JsonNode ranked = ok(api.get("/api/challenges/" + id + "/applications", Map.of(), OFFICIAL));
        assertThat(ranked.get("items")).hasSize(2);
        assertThat(ranked.get("rankedBy").asString()).isNotBlank();

        ok(api.post("/api/challenges/" + id + "/close", ApiClient.json(Map.of("reason", "揭榜期满")), OFFICIAL));
        for (JsonNode item : ranked.get("items")) {
            String app = item.get("application").get("id").asString();
            double score = app.equals(mine) ? 90 : 75;
            ok(api.post("/api/challenges/" + id + "/applications/" + app + "/reviews", ApiClient.json(Map.of(
                    "reviewer", "钱教授", "scores", Map.of("技术先进性", score, "方案可行性", score, "团队实力", score,
                            "报价合理性", score), "comment", "评审意见")), REVIEWER));
        }
        JsonNode afterReview = ok(api.get("/api/challenges/" + id + "/applications", Map.of(), OFFICIAL));
        assertThat(afterReview.get("items")).allSatisfy(i -> assertThat(i.get("reviewCount").asInt()).isEqualTo(1));

        ok(api.post("/api/challenges/" + id + "/award", ApiClient.json(Map.of("applicationId", mine,
                "reason", "综合评分第一")), OFFICIAL));
        ok(api.post("/api/challenges/" + id + "/start", "{}", OFFICIAL));
        clock.advance(Duration.ofDays(200)); // 2027-06-10
        ok(api.post("/api/challenges/" + id + "/milestones/1/evidence",
                ApiClient.json(Map.of("text", "单舱热失控触发试验报告：预警提前 9 分钟")), TJU));
        ok(api.post("/api/challenges/" + id + "/milestones/1/reviews", ApiClient.json(Map.of("outcome", "通过")), OFFICIAL));
        clock.advance(Duration.ofDays(180)); // 2027-12-07
        ok(api.post("/api/challenges/" + id + "/milestones/2/evidence",
                ApiClient.json(Map.of("text", "2 个储能电站示范运行 3 个月报告，误报率 0.4%")), TJU));
        JsonNode passed = ok(api.post("/api/challenges/" + id + "/milestones/2/reviews",
                ApiClient.json(Map.of("outcome", "通过", "comment", "示范效果良好")), OFFICIAL));
        assertThat(passed.get("milestones").get(0).get("releasedWan").asDouble()).isEqualTo(40);
        assertThat(passed.get("milestones").get(1).get("releasedWan").asDouble()).isEqualTo(60);

        JsonNode accepted = ok(api.post("/api/challenges/" + id + "/accept", ApiClient.json(Map.of("reason", "验收通过")),
                OFFICIAL));
        assertThat(accepted.get("status").asString()).isEqualTo("已验收");
        assertThat(accepted.get("awardee").asString()).isEqualTo("天津大学");
        assertThat(accepted.get("transitions")).extracting(t -> t.get("transition").asString())
                .containsExactly("publish", "open", "close", "award", "start", "accept");
        JsonNode publicView = ok(api.get("/api/challenges/" + id, Map.of()));
        assertThat(publicView.has("transitions")).isFalse();
        assertThat(publicView.get("milestones").get(1).has("evidence")).isFalse();
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
