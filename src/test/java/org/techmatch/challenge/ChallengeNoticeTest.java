package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.notification.ChallengeDeadlines;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Challenge notices: the award tells the winning applicant 已中标 and the other applicant 未中标; a milestone due
 * in 5 days reaches the awarded team once however often the daily job runs; an application deadline 2 days ahead
 * reaches the district's officials only.
 */
class ChallengeNoticeTest extends ChallengeApiTestBase {
    static final String[] NKU_USER = ApiClient.as("UNIVERSITY", NKU);

    @Autowired
    ChallengeDeadlines deadlines;

    private List<JsonNode> about(String[] who, String objectId) {
        ApiClient.Response inbox = api.get("/api/notifications", Map.of(), who);
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        return inbox.json().valueStream().filter(n -> objectId.equals(n.path("objectId").asString(""))).toList();
    }

    private String apply(String id, String applicant, String[] who) {
        return created(api.post("/api/challenges/" + id + "/applications",
                ApiClient.json(applicationBody(applicant, "高校", List.of())), who));
    }

    @Test
    void theAwardTellsEachApplicantItsResultAndAMilestoneDueSoonIsToldOnce() {
        String id = created(api.post("/api/challenges", ApiClient.json(challengeBody(null)), OFFICIAL));
        assignReviewers(id);
        ok(move(id, "publish", Map.of()));
        ok(move(id, "open", Map.of()));
        String winner = apply(id, TJU, TJU_USER);
        String loser = apply(id, NKU, NKU_USER);
        ok(move(id, "close", Map.of()));
        ok(api.post("/api/challenges/" + id + "/applications/" + winner + "/reviews",
                ApiClient.json(scores(85, 85, 85, 85)), NKU_REVIEWER));
        assertThat(about(TJU_USER, winner)).isEmpty();
        ok(move(id, "award", Map.of("applicationId", winner)));

        List<JsonNode> won = about(TJU_USER, winner);
        assertThat(won).hasSize(1);
        assertThat(won.getFirst().get("title").asString()).endsWith("已中标");
        assertThat(won.getFirst().get("type").asString()).isEqualTo("审核结果");
        assertThat(won.getFirst().get("link").asString()).isEqualTo("/challenge.html?id=" + id);
        List<JsonNode> lost = about(NKU_USER, loser);
        assertThat(lost).hasSize(1);
        assertThat(lost.getFirst().get("title").asString()).endsWith("未中标");
        assertThat(about(NKU_USER, winner)).isEmpty();
        assertThat(about(TJU_USER, loser)).isEmpty();
        assertThat(about(FIRM_USER, winner)).isEmpty();

        ok(move(id, "start", Map.of()));
        // the first milestone is due 2026-12-31: nothing is said 6 months ahead, then once, 5 days before
        deadlines.remind();
        assertThat(about(TJU_USER, id)).isEmpty();
        clock.advance(Duration.ofDays(208));
        deadlines.remind();
        deadlines.remind();
        List<JsonNode> due = about(TJU_USER, id);
        assertThat(due).hasSize(1);
        assertThat(due.getFirst().get("title").asString()).isEqualTo("里程碑「样件试制」将于 2026-12-31 到期");
        assertThat(due.getFirst().get("type").asString()).isEqualTo("截止提醒");
        assertThat(about(NKU_USER, id)).isEmpty();
        assertThat(about(OFFICIAL, id)).isEmpty();
    }

    @Test
    void anApplicationDeadlineSoonReachesTheDistrictsOfficialsOnce() {
        String[] nankai = api.districtOfficial("南开区");
        String[] xiqing = api.districtOfficial("西青区");
        String id = created(api.post("/api/challenges", ApiClient.json(challengeBody(null)), OFFICIAL));
        ok(move(id, "publish", Map.of()));
        ok(move(id, "open", Map.of()));
        deadlines.remind();
        assertThat(about(nankai, id)).isEmpty();
        clock.advance(Duration.ofDays(27)); // 2026-06-28: the deadline 2026-06-30 is 2 days ahead
        deadlines.remind();
        deadlines.remind();
        List<JsonNode> told = about(nankai, id);
        assertThat(told).hasSize(1);
        assertThat(told.getFirst().get("title").asString()).contains("揭榜将于 2026-06-30 截止");
        assertThat(about(xiqing, id)).isEmpty();
        assertThat(about(TJU_USER, id)).isEmpty();
    }
}
