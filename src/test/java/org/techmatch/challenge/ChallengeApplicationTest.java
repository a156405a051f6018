package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/** 揭榜 and review: who may apply and when, who sees what, weighted scores and the conflict-of-interest rule. */
class ChallengeApplicationTest extends ChallengeApiTestBase {

    private String apply(String challengeId, String org, String kind, String[] viewer) {
        return created(api.post("/api/challenges/" + challengeId + "/applications",
                ApiClient.json(applicationBody(org, kind, List.of())), viewer));
    }

    @Test
    void applicationsAreTakenOnlyWhileTheListIsOpenAndBeforeTheDeadline() {
        Walked published = challengeIn(ChallengeStatus.PUBLISHED);
        ApiClient.Response early = api.post("/api/challenges/" + published.id() + "/applications",
                ApiClient.json(applicationBody(TJU, "高校", List.of())), TJU_USER);
        assertThat(early.status()).isEqualTo(409);
        assertThat(detail(early)).contains("已发布").contains("不接受揭榜申请");

        Walked open = challengeIn(ChallengeStatus.OPEN);
        clock.advance(Duration.ofDays(30)); // 2026-07-01 10:00 in Tianjin, the day after the deadline
        ApiClient.Response late = api.post("/api/challenges/" + open.id() + "/applications",
                ApiClient.json(applicationBody(TJU, "高校", List.of())), TJU_USER);
        assertThat(late.status()).isEqualTo(409);
        assertThat(detail(late)).contains("已于 2026-06-30 截止");
        clock.reset();
        clock.advance(Duration.ofDays(29)); // 2026-06-30: the deadline day itself still counts
        apply(open.id(), TJU, "高校", TJU_USER);
    }

    @Test
    void onlyUniversitiesAndFirmsApplyInTheirOwnNameOncePerChallenge() {
        Walked open = challengeIn(ChallengeStatus.OPEN);
        String path = "/api/challenges/" + open.id() + "/applications";
        String body = ApiClient.json(applicationBody(TJU, "高校", List.of()));
        assertThat(api.post(path, body).status()).as("anonymous").isEqualTo(401);
        for (String[] viewer : List.of(OFFICIAL, MANAGER, NKU_REVIEWER)) {
            ApiClient.Response refused = api.post(path, body, viewer);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(detail(refused)).contains("「揭榜」仅限");
        }
        ApiClient.Response impersonated = api.post(path, body, ApiClient.as("UNIVERSITY", NKU));
        assertThat(impersonated.status()).isEqualTo(403);
        assertThat(detail(impersonated)).contains("只能以本单位名义揭榜");

        ApiClient.Response unknownAchievement = api.post(path,
                ApiClient.json(applicationBody(TJU, "高校", List.of("ACH-999999"))), TJU_USER);
        assertThat(unknownAchievement.status()).isEqualTo(400);
        assertThat(unknownAchievement.json().get("errors").get(0).get("field").asString()).isEqualTo("achievementIds[0]");

        String first = apply(open.id(), TJU, "高校", TJU_USER);
        ApiClient.Response again = api.post(path, body, TJU_USER);
        assertThat(again.status()).isEqualTo(409);
        assertThat(detail(again)).contains(first);

        // another applicant's bid is not there for the firm: 404, never a 403 naming the applicant
        ApiClient.Response byOther = api.delete(path + "/" + first, FIRM_USER);
        assertThat(byOther.status()).isEqualTo(404);
        assertThat(byOther.body()).doesNotContain(TJU);
        assertThat(ok(api.delete(path + "/" + first, TJU_USER)).get("status").asString()).isEqualTo("已撤回");
        apply(open.id(), TJU, "高校", TJU_USER);
    }

    @Test
    void applicationsAndReviewsAreSeenByTheOfficeReviewersAndTheApplicantOnly() {
        Walked open = challengeIn(ChallengeStatus.OPEN);
        String tju = apply(open.id(), TJU, "高校", TJU_USER);
        String firm = apply(open.id(), FIRM, "企业", FIRM_USER);
        ok(move(open.id(), "close", Map.of()));
        ok(api.post("/api/challenges/" + open.id() + "/applications/" + tju + "/reviews",
                ApiClient.json(scores(90, 80, 70, 60)), NKU_REVIEWER));

        String list = "/api/challenges/" + open.id() + "/applications";
        assertThat(api.get(list, Map.of()).status()).isEqualTo(401);
        assertThat(ok(api.get(list, Map.of(), MANAGER)).get("items")).hasSize(2);
        ApiClient.Response unassigned = api.get(list, Map.of(), ApiClient.as("REVIEWER", "天津工业大学"));
        assertThat(unassigned.status()).as("a reviewer not assigned to the challenge").isEqualTo(403);
        assertThat(detail(unassigned)).contains("未被分配评审榜单");
        assertThat(api.get(list + "/" + tju, Map.of(), FIRM_USER).status()).isEqualTo(404);
        assertThat(ok(api.get(list, Map.of(), OFFICIAL)).get("items")).hasSize(2);
        assertThat(ok(api.get(list, Map.of(), NKU_REVIEWER)).get("items")).hasSize(2);

        JsonNode own = ok(api.get(list, Map.of(), FIRM_USER));
        assertThat(own.get("items")).hasSize(1);
        assertThat(own.get("items").get(0).get("application").get("id").asString()).isEqualTo(firm);

        JsonNode applicantView = ok(api.get(list + "/" + tju, Map.of(), TJU_USER));
        assertThat(applicantView.get("reviews").get(0).get("weightedScore").asDouble()).isEqualTo(77);
        assertThat(applicantView.get("reviews").get(0).has("reviewer")).isFalse();
        assertThat(applicantView.get("reviews").get(0).has("organisation")).isFalse();
        JsonNode officeView = ok(api.get(list + "/" + tju, Map.of(), OFFICIAL));
        // signed by the reviewer's account (a test account's display name is its login name), not the body's 张教授
        assertThat(officeView.get("reviews").get(0).get("reviewer").asString())
                .isEqualTo(ApiClient.username("REVIEWER", NKU));
        assertThat(ok(api.get(list + "/" + tju, Map.of(), ApiClient.as("REVIEWER", "河北工业大学"))).get("reviews"))
                .isEmpty();
    }

    @Test
    void reviewsAreWeightedAndRefusedOnAConflictOfInterestOrOutsideTheReviewStage() {
        Walked open = challengeIn(ChallengeStatus.OPEN);
        String tju = apply(open.id(), TJU, "高校", TJU_USER);
        String reviews = "/api/challenges/" + open.id() + "/applications/" + tju + "/reviews";
        ApiClient.Response tooEarly = api.post(reviews, ApiClient.json(scores(90, 80, 70, 60)), NKU_REVIEWER);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(detail(tooEarly)).contains("不在评审阶段");
        ok(move(open.id(), "close", Map.of()));

        ApiClient.Response conflict = api.post(reviews, ApiClient.json(scores(90, 80, 70, 60)),
                ApiClient.as("REVIEWER", TJU));
        assertThat(conflict.status()).isEqualTo(403);
        assertThat(detail(conflict)).contains("利益冲突").contains(TJU);
        assertThat(api.post(reviews, ApiClient.json(scores(90, 80, 70, 60)), OFFICIAL).status()).isEqualTo(403);
        ApiClient.Response unassigned = api.post(reviews, ApiClient.json(scores(90, 80, 70, 60)),
                ApiClient.as("REVIEWER", "天津工业大学"));
        assertThat(unassigned.status()).isEqualTo(403);
        assertThat(detail(unassigned)).contains("未被分配评审榜单");

        ApiClient.Response partial = api.post(reviews, ApiClient.json(Map.of("reviewer", "张教授",
                "scores", Map.of("技术先进性", 90, "颜值", 100))), NKU_REVIEWER);
        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("scores.方案可行性", "scores.团队实力", "scores.报价合理性", "scores.颜值");

        // 90×30% + 80×30% + 70×20% + 60×20% = 27 + 24 + 14 + 12 = 77
        JsonNode first = ok(api.post(reviews, ApiClient.json(scores(90, 80, 70, 60)), NKU_REVIEWER));
        assertThat(first.get("reviews").get(0).get("weightedScore").asDouble()).isEqualTo(77);
        // a second reviewer: 100×30% + 60×30% + 50×20% + 40×20% = 30 + 18 + 10 + 8 = 66; mean (77 + 66) / 2 = 71.5
        ok(api.post(reviews, ApiClient.json(scores(100, 60, 50, 40)), ApiClient.as("REVIEWER", "河北工业大学")));
        // the first reviewer re-scores: replaces, not adds
        ok(api.post(reviews, ApiClient.json(scores(90, 80, 70, 60)), NKU_REVIEWER));
        JsonNode ranked = ok(api.get("/api/challenges/" + open.id() + "/applications", Map.of(), OFFICIAL));
        JsonNode item = ranked.get("items").get(0);
        assertThat(item.get("reviewCount").asInt()).isEqualTo(2);
        assertThat(item.get("averageScore").asDouble()).isEqualTo(71.5);
        assertThat(item.get("rank").asInt()).isEqualTo(1);
    }

    @Test
    void theAwardMarksTheWinnerAndTheOthers() {
        Walked reviewing = challengeIn(ChallengeStatus.AWARDED);
        JsonNode list = ok(api.get("/api/challenges/" + reviewing.id() + "/applications", Map.of(), OFFICIAL));
        assertThat(list.get("items").get(0).get("application").get("status").asString()).isEqualTo("已中标");
        JsonNode challenge = ok(api.get("/api/challenges/" + reviewing.id(), Map.of()));
        assertThat(challenge.get("awardee").asString()).isEqualTo(TJU);
        assertThat(challenge.get("awardedApplicationId").asString()).isEqualTo(reviewing.applicationId());
    }
}
