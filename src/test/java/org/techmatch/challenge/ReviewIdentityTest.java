package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * A review is signed by the signed-in reviewer account: one per account and application (a second replaces the
 * first), named from the account whatever the body says; the same for milestone reviews. Conflict of interest
 * compares folded organisation names, so a zero-width space does not dodge it.
 */
class ReviewIdentityTest extends FixturesApiTestBase {
    /** APP-000003: 南开大学's bid for CHL-000003 (评审中, 滨海新区). */
    static final String BID = "/api/challenges/CHL-000003/applications/APP-000003";

    private static Map<String, Object> review(String name, double score) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (String criterion : List.of("技术先进性", "方案可行性", "团队实力", "报价合理性")) {
            scores.put(criterion, score);
        }
        return Map.of("reviewer", name, "scores", scores, "comment", "冒名评审");
    }

    private List<JsonNode> reviews() {
        List<JsonNode> all = new ArrayList<>();
        api.get(BID, Map.of(), ApiClient.CITY_OFFICIAL).json().get("reviews").forEach(all::add);
        return all;
    }

    @Test
    void aReviewerFilesOneReviewUnderItsOwnAccountName() {
        int before = reviews().size();
        String[] reviewer = account("access-reviewer-tgu", "REVIEWER", "天津工业大学", null);
        assign("access-reviewer-tgu", "CHL-000003");

        for (String name : List.of("周教授", "孙总工", "李教授")) {
            ApiClient.Response filed = api.post(BID + "/reviews", ApiClient.json(review(name, 100)), reviewer);
            assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        }
        ApiClient.Response rescored = api.post(BID + "/reviews", ApiClient.json(review("王教授", 90)), reviewer);
        assertThat(rescored.status()).isEqualTo(200);

        List<JsonNode> after = reviews();
        assertThat(after).hasSize(before + 1);
        List<JsonNode> mine = after.stream().filter(r -> "access-reviewer-tgu".equals(r.path("account").asString(null)))
                .toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().get("reviewer").asString()).isEqualTo("access-reviewer-tgu");
        assertThat(mine.getFirst().get("weightedScore").asDouble()).isEqualTo(90.0);
        assertThat(after.stream().filter(r -> "周教授".equals(r.path("reviewer").asString(null))).count()).isEqualTo(1);
        assertThat(after.stream().filter(r -> "李教授".equals(r.path("reviewer").asString(null))).count()).isZero();
    }

    @Test
    void aMilestoneReviewIsSignedByTheAccount() {
        // CHL-000004 (东丽区) runs; its milestone 2 awaits rework evidence from the awardee 天津大学
        ApiClient.Response evidence = api.post("/api/challenges/CHL-000004/milestones/2/evidence",
                ApiClient.json(Map.of("text", "补充功率循环 1000 次试验数据")), UNIVERSITY);
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(200);
        ApiClient.Response reviewed = api.post("/api/challenges/CHL-000004/milestones/2/reviews",
                ApiClient.json(Map.of("outcome", "需整改", "comment", "请补充高温试验", "reviewer", "赵处长")), REVIEWER);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        JsonNode reviews = reviewed.json().get("milestones").get(1).get("reviews");
        JsonNode last = reviews.get(reviews.size() - 1);
        assertThat(last.get("reviewer").asString()).isEqualTo("钱教授（演示）");
        assertThat(last.get("account").asString()).isEqualTo("reviewer");
    }

    @Test
    void aZeroWidthSpaceInTheOrganisationDoesNotDodgeTheConflictOfInterest() {
        int before = reviews().size();
        String[] nankai = account("access-reviewer-nku", "REVIEWER", "南开\u200b大学", null);
        assign("access-reviewer-nku", "CHL-000003");
        ApiClient.Response refused = api.post(BID + "/reviews", ApiClient.json(review("某教授", 100)), nankai);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("利益冲突");
        assertThat(reviews()).hasSize(before);
    }

    @Test
    void aZeroWidthSpaceDoesNotLetAnApplicantBidTwice() {
        String[] tjut = account("access-university-tjut", "UNIVERSITY", "天津理工大学", null);
        Map<String, Object> bid = new LinkedHashMap<>(ChallengeApiTestBase.applicationBody("天津理工大学", "高校", List.of()));
        ApiClient.Response first = api.post("/api/challenges/CHL-000002/applications", ApiClient.json(bid), tjut);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        bid.put("applicant", Map.of("name", "天津理工\u200b大学", "kind", "高校"));
        ApiClient.Response second = api.post("/api/challenges/CHL-000002/applications", ApiClient.json(bid), tjut);
        assertThat(second.status()).isEqualTo(409);
    }
}
