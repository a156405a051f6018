package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.techmatch.catalog.Role;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/** Every lifecycle transition, allowed and refused: from every status, by every role, and their own conditions. */
class ChallengeLifecycleTest extends ChallengeApiTestBase {

    /** The body each move needs when it is allowed (the award names the walked challenge's application). */
    private static Map<String, Object> bodyFor(ChallengeTransition move, Walked walked) {
        return switch (move) {
            case AWARD -> Map.of("applicationId", walked.applicationId());
            case WITHDRAW, REJECT, TERMINATE -> Map.of("reason", "测试原因");
            default -> Map.of();
        };
    }

    @Test
    void everyTransitionSucceedsFromItsSourceStatusesAndIsRefusedFromAllOthers() {
        Map<ChallengeStatus, Walked> parked = new EnumMap<>(ChallengeStatus.class);
        for (ChallengeStatus status : ChallengeStatus.values()) {
            parked.put(status, challengeIn(status));
        }
        // CLOSE needs an application, AWARD a review, ACCEPT passed milestones: added to the fresh challenge.
        for (ChallengeTransition move : ChallengeTransition.values()) {
            for (ChallengeStatus status : ChallengeStatus.values()) {
                if (move.allowedFrom(status)) {
                    Walked fresh = challengeIn(status);
                    if (move == ChallengeTransition.CLOSE_APPLICATIONS) {
                        created(api.post("/api/challenges/" + fresh.id() + "/applications",
                                ApiClient.json(applicationBody(TJU, "高校", List.of())), TJU_USER));
                    }
                    if (move == ChallengeTransition.AWARD) {
                        ok(api.post("/api/challenges/" + fresh.id() + "/applications/" + fresh.applicationId()
                                + "/reviews", ApiClient.json(scores(80, 80, 80, 80)), NKU_REVIEWER));
                    }
                    if (move == ChallengeTransition.ACCEPT) {
                        for (int n = 1; n <= 2; n++) {
                            ok(evidence(fresh.id(), n, "材料"));
                            ok(milestoneReview(fresh.id(), n, "通过", null, OFFICIAL));
                        }
                    }
                    JsonNode moved = ok(move(fresh.id(), move.pathName(), bodyFor(move, fresh)));
                    assertThat(moved.get("status").asString()).as(move + " from " + status).isEqualTo(move.to().label());
                    JsonNode last = moved.get("transitions").get(moved.get("transitions").size() - 1);
                    assertThat(last.get("transition").asString()).isEqualTo(move.pathName());
                    assertThat(last.get("from").asString()).isEqualTo(status.label());
                    assertThat(last.get("to").asString()).isEqualTo(move.to().label());
                    assertThat(last.get("role").asString()).isEqualTo("OFFICIAL");
                    assertThat(last.get("organisation").asString()).isEqualTo(OFFICE);
                    assertThat(last.get("at").asString()).startsWith("2026-06-01T02:00");
                } else {
                    Walked walked = parked.get(status);
                    ApiClient.Response refused = move(walked.id(), move.pathName(),
                            bodyFor(move, walked.applicationId() == null ? new Walked(walked.id(), "APP-999999") : walked));
                    assertThat(refused.status()).as(move + " from " + status + ": " + refused.body()).isEqualTo(409);
                    assertThat(detail(refused)).contains("当前状态为" + status.label()).contains("不能" + move.action());
                    assertThat(api.get("/api/challenges/" + walked.id(), Map.of(), OFFICIAL).json().get("status")
                            .asString()).isEqualTo(status.label());
                }
            }
        }
    }

    @Test
    void onlyTheDistrictOfficeMovesAChallenge() {
        Walked published = challengeIn(ChallengeStatus.PUBLISHED);
        for (ChallengeTransition move : ChallengeTransition.values()) {
            for (Role role : Role.values()) {
                if (move.roles().contains(role)) {
                    continue;
                }
                String body = ApiClient.json(Map.of("reason", "越权"));
                String path = "/api/challenges/" + published.id() + "/" + move.pathName();
                ApiClient.Response refused = role == Role.ANONYMOUS ? api.post(path, body)
                        : api.post(path, body, ApiClient.as(role.name(), "某单位"));
                if (role == Role.ANONYMOUS) {
                    assertThat(refused.status()).as(move + " by " + role).isEqualTo(401);
                    assertThat(detail(refused)).contains("请先登录");
                    continue;
                }
                assertThat(refused.status()).as(move + " by " + role).isEqualTo(403);
                assertThat(detail(refused)).contains(move.action()).contains("区科技局管理员").contains(role.label());
            }
        }
        JsonNode log = ok(api.get("/api/challenges/" + published.id() + "/transitions", Map.of(), OFFICIAL));
        assertThat(log.get("log")).hasSize(1);
        assertThat(log.get("available")).extracting(m -> m.get("name").asString())
                .containsExactlyInAnyOrder("withdraw", "open", "terminate");
        assertThat(ok(api.get("/api/challenges/" + published.id() + "/transitions", Map.of(), MANAGER))
                .get("available")).isEmpty();
    }

    @Test
    void draftsAreWrittenByOfficialsAndManagersOnlyAndHiddenFromEveryoneElse() {
        assertThat(api.post("/api/challenges", ApiClient.json(challengeBody(null)), TJU_USER).status()).isEqualTo(403);
        assertThat(api.post("/api/challenges", ApiClient.json(challengeBody(null))).status()).isEqualTo(401);
        String id = created(api.post("/api/challenges", ApiClient.json(challengeBody(null)), MANAGER));
        assertThat(api.get("/api/challenges/" + id, Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/challenges/" + id, Map.of(), TJU_USER).status()).isEqualTo(404);
        assertThat(api.get("/api/challenges", Map.of("status", "草稿")).status()).isEqualTo(401);
        assertThat(ok(api.get("/api/challenges", Map.of("status", "草稿"), OFFICIAL)).get("total").asLong()).isPositive();

        ok(move(id, "publish", Map.of()));
        JsonNode publicView = ok(api.get("/api/challenges/" + id, Map.of()));
        assertThat(publicView.get("title").asString()).isEqualTo("机器人关节谐波减速器柔轮长寿命技术攻关");
        assertThat(publicView.get("indicators")).hasSize(2);
        assertThat(publicView.get("budgetWan").asDouble()).isEqualTo(300);
        assertThat(publicView.get("applicationDeadline").asString()).isEqualTo("2026-06-30");
        assertThat(publicView.has("transitions")).isFalse();
        assertThat(ok(api.get("/api/challenges/" + id, Map.of(), OFFICIAL)).get("transitions")).hasSize(1);
    }

    @Test
    void aPublishedChallengeCanNoLongerBeEditedAndAStaleVersionChangesNothing() {
        String id = created(api.post("/api/challenges", ApiClient.json(challengeBody(null)), OFFICIAL));
        Map<String, Object> edited = new java.util.LinkedHashMap<>(challengeBody(null));
        edited.put("version", 1);
        edited.put("title", "柔轮长寿命攻关（修订）");
        assertThat(ok(api.put("/api/challenges/" + id, ApiClient.json(edited), OFFICIAL)).get("version").asLong())
                .isEqualTo(2);
        assertThat(api.put("/api/challenges/" + id, ApiClient.json(edited), OFFICIAL).status()).isEqualTo(409);

        ApiClient.Response stale = move(id, "publish", Map.of("version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        ok(move(id, "publish", Map.of("version", 2)));
        edited.put("version", 3);
        ApiClient.Response afterPublish = api.put("/api/challenges/" + id, ApiClient.json(edited), OFFICIAL);
        assertThat(afterPublish.status()).isEqualTo(409);
        assertThat(detail(afterPublish)).contains("只有草稿状态的榜单可以修改").contains("已发布");
    }

    @Test
    void twoOfficialsPublishingAtOnceCannotBothWin() throws Exception {
        String id = created(api.post("/api/challenges", ApiClient.json(challengeBody(null)), OFFICIAL));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> move(id, "publish", Map.of("version", 1)).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ok(api.get("/api/challenges/" + id + "/transitions", Map.of(), OFFICIAL)).get("log")).hasSize(1);
    }

    @Test
    void eachMoveChecksItsOwnConditions() {
        Map<String, Object> noMilestones = new java.util.LinkedHashMap<>(challengeBody(null));
        noMilestones.put("milestones", List.of());
        String bare = created(api.post("/api/challenges", ApiClient.json(noMilestones), OFFICIAL));
        ApiClient.Response unpublishable = move(bare, "publish", Map.of());
        assertThat(unpublishable.status()).isEqualTo(400);
        assertThat(unpublishable.json().get("errors").get(0).get("field").asString()).isEqualTo("milestones");

        Walked published = challengeIn(ChallengeStatus.PUBLISHED);
        clock.advance(java.time.Duration.ofDays(30)); // 2026-07-01: the deadline 2026-06-30 has passed
        ApiClient.Response late = move(published.id(), "open", Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(detail(late)).contains("2026-06-30").contains("已过");
        clock.reset();

        Walked open = challengeIn(ChallengeStatus.OPEN);
        assertThat(detail(move(open.id(), "close", Map.of()))).contains("尚无有效的揭榜申请");
        ApiClient.Response noReason = move(open.id(), "terminate", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(detail(noReason)).contains("须说明原因");

        Walked reviewing = challengeIn(ChallengeStatus.REVIEWING);
        ApiClient.Response unreviewed = move(reviewing.id(), "award", Map.of("applicationId", reviewing.applicationId()));
        assertThat(unreviewed.status()).isEqualTo(409);
        assertThat(detail(unreviewed)).contains("尚无专家评审意见");
        assertThat(move(reviewing.id(), "award", Map.of()).status()).isEqualTo(400);
        Walked other = challengeIn(ChallengeStatus.REVIEWING);
        ApiClient.Response foreign = move(reviewing.id(), "award", Map.of("applicationId", other.applicationId()));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(detail(foreign)).contains("不属于榜单");

        Walked executing = challengeIn(ChallengeStatus.EXECUTING);
        ApiClient.Response unfinished = move(executing.id(), "accept", Map.of());
        assertThat(unfinished.status()).isEqualTo(409);
        assertThat(detail(unfinished)).contains("尚有 2 个里程碑未通过").contains("样件试制");

        assertThat(api.post("/api/challenges/" + executing.id() + "/fly", "{}", OFFICIAL).status()).isEqualTo(404);
    }
}
