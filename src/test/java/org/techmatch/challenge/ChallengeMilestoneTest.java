package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/** Milestones: shares sum to 100 %, nothing passes before the award, evidence in order, payment release, overdue. */
class ChallengeMilestoneTest extends ChallengeApiTestBase {

    @Test
    void milestonePaymentSharesMustSumToOneHundredPercent() {
        Map<String, Object> body = new LinkedHashMap<>(challengeBody(null));
        body.put("milestones", List.of(
                Map.of("name", "样件", "deliverable", "样件测试报告", "dueDate", "2026-12-31", "sharePercent", 40),
                Map.of("name", "验证", "deliverable", "装机验证报告", "dueDate", "2027-06-30", "sharePercent", 50)));
        ApiClient.Response ninety = api.post("/api/challenges", ApiClient.json(body), OFFICIAL);
        assertThat(ninety.status()).isEqualTo(400);
        assertThat(ninety.json().get("errors").get(0).get("field").asString()).isEqualTo("milestones");
        assertThat(detail(ninety)).contains("各里程碑付款比例之和应为 100%，当前为 90%");

        body.put("milestones", List.of(
                Map.of("name", "一", "deliverable", "甲", "dueDate", "2026-10-31", "sharePercent", 33.33),
                Map.of("name", "二", "deliverable", "乙", "dueDate", "2027-02-28", "sharePercent", 33.33),
                Map.of("name", "三", "deliverable", "丙", "dueDate", "2027-06-30", "sharePercent", 33.34)));
        created(api.post("/api/challenges", ApiClient.json(body), OFFICIAL));

        body.put("milestones", List.of(
                Map.of("name", "一", "deliverable", "甲", "dueDate", "2027-02-28", "sharePercent", 0),
                Map.of("name", "二", "deliverable", "乙", "dueDate", "2026-10-31", "sharePercent", 100),
                Map.of("name", "三", "deliverable", "丙", "dueDate", "2028-01-01", "sharePercent", 0)));
        ApiClient.Response broken = api.post("/api/challenges", ApiClient.json(body), OFFICIAL);
        assertThat(broken.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("milestones[0].sharePercent", "milestones[1].dueDate", "milestones[2].dueDate");
    }

    @Test
    void aMilestoneCannotPassBeforeTheChallengeIsAwarded() {
        for (ChallengeStatus before : List.of(ChallengeStatus.PUBLISHED, ChallengeStatus.OPEN, ChallengeStatus.REVIEWING)) {
            Walked walked = challengeIn(before);
            ApiClient.Response pass = milestoneReview(walked.id(), 1, "通过", null, OFFICIAL);
            assertThat(pass.status()).as(before.label()).isEqualTo(409);
            assertThat(detail(pass)).contains("榜单尚未立项（当前状态：" + before.label() + "）");
            ApiClient.Response submit = evidence(walked.id(), 1, "提前提交");
            assertThat(submit.status()).isEqualTo(403);
            assertThat(detail(submit)).contains("尚未立项");
        }
        Walked awarded = challengeIn(ChallengeStatus.AWARDED);
        ApiClient.Response notStarted = evidence(awarded.id(), 1, "立项后尚未启动");
        assertThat(notStarted.status()).isEqualTo(409);
        assertThat(detail(notStarted)).contains("尚未启动里程碑执行");
        JsonNode untouched = ok(api.get("/api/challenges/" + awarded.id() + "/milestones", Map.of(), OFFICIAL));
        assertThat(untouched).extracting(m -> m.get("status").asString()).containsOnly("未开始");
    }

    @Test
    void evidenceComesFromTheAwardeeInOrderAndAPassReleasesItsShare() {
        Walked executing = challengeIn(ChallengeStatus.EXECUTING);
        String id = executing.id();
        ApiClient.Response stranger = api.post("/api/challenges/" + id + "/milestones/1/evidence",
                ApiClient.json(Map.of("text", "冒名提交")), FIRM_USER);
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(detail(stranger)).contains("只有揭榜方本身").doesNotContain("天津大学");
        ApiClient.Response outOfOrder = evidence(id, 2, "先交第二个");
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(detail(outOfOrder)).contains("请先完成第 1 个里程碑「样件试制」");
        assertThat(milestoneReview(id, 1, "通过", null, OFFICIAL).status()).isEqualTo(409);

        ok(evidence(id, 1, "第三方检测报告：柔轮疲劳寿命 12000 小时"));
        assertThat(evidence(id, 1, "重复提交").status()).isEqualTo(409);
        ApiClient.Response noComment = milestoneReview(id, 1, "需整改", null, OFFICIAL);
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(milestoneReview(id, 1, "通过", null, TJU_USER).status()).isEqualTo(403);
        assertThat(milestoneReview(id, 1, "通过", null, ApiClient.as("REVIEWER", TJU)).status()).isEqualTo(403);

        JsonNode rework = ok(milestoneReview(id, 1, "需整改", "缺少第三方机构资质证明", OFFICIAL));
        assertThat(rework.get("milestones").get(0).get("status").asString()).isEqualTo("需整改");
        ok(evidence(id, 1, "补充 CMA 资质证明"));
        JsonNode passed = ok(milestoneReview(id, 1, "通过", null, NKU_REVIEWER));
        JsonNode first = passed.get("milestones").get(0);
        assertThat(first.get("status").asString()).isEqualTo("通过");
        assertThat(first.get("releasedWan").asDouble()).isEqualTo(40); // 40 % of the 100 万元 support
        assertThat(first.get("passedOn").asString()).isEqualTo("2026-06-01");
        assertThat(first.get("evidence")).hasSize(2);
        assertThat(first.get("reviews")).hasSize(2);

        JsonNode publicView = ok(api.get("/api/challenges/" + id + "/milestones", Map.of()));
        assertThat(publicView.get(0).get("status").asString()).isEqualTo("通过");
        assertThat(publicView.get(0).has("evidence")).isFalse();
        JsonNode awardeeView = ok(api.get("/api/challenges/" + id + "/milestones", Map.of(), TJU_USER));
        assertThat(awardeeView.get(0).get("evidence")).hasSize(2);

        ok(evidence(id, 2, "装机验证报告"));
        JsonNode failed = ok(milestoneReview(id, 2, "不通过", "寿命仅 6000 小时", OFFICIAL));
        assertThat(failed.get("milestones").get(1).get("status").asString()).isEqualTo("不通过");
        assertThat(failed.get("milestones").get(1).has("releasedWan")).isFalse();
        assertThat(detail(move(id, "accept", Map.of()))).contains("装机验证");
        ok(move(id, "reject", Map.of("reason", "第二阶段未达到寿命指标")));
    }

    @Test
    void overdueMilestonesAreListedForTheOfficeOnly() {
        Walked executing = challengeIn(ChallengeStatus.EXECUTING);
        assertThat(api.get("/api/challenges/milestones/overdue", Map.of(), TJU_USER).status()).isEqualTo(403);
        assertThat(ok(api.get("/api/challenges/milestones/overdue", Map.of(), OFFICIAL)))
                .noneMatch(o -> o.get("challengeId").asString().equals(executing.id()));

        clock.advance(Duration.ofDays(220)); // 2027-01-07: the first milestone (due 2026-12-31) is 7 days late
        JsonNode overdue = ok(api.get("/api/challenges/milestones/overdue", Map.of(), MANAGER));
        JsonNode mine = null;
        for (JsonNode o : overdue) {
            if (o.get("challengeId").asString().equals(executing.id())) {
                mine = o;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("milestone").asInt()).isEqualTo(1);
        assertThat(mine.get("daysOverdue").asLong()).isEqualTo(7);
        assertThat(mine.get("awardee").asString()).isEqualTo(TJU);

        ok(evidence(executing.id(), 1, "迟交的检测报告"));
        ok(milestoneReview(executing.id(), 1, "通过", null, OFFICIAL));
        assertThat(ok(api.get("/api/challenges/milestones/overdue", Map.of(), OFFICIAL)))
                .noneMatch(o -> o.get("challengeId").asString().equals(executing.id()));
    }
}
