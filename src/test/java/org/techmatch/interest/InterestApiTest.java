package org.techmatch.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.notification.MatchDigests;
import org.techmatch.notification.Reminders;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * 我有意向 over HTTP: a university expresses interest in a demand, the enterprise and the district's manager are
 * told (nobody else), the enterprise accepts (a docking 意向对接 follows) or declines with a coded reason; a
 * confidential demand's enterprise stays hidden from the university until it accepts; one open interest per pair.
 */
class InterestApiTest extends ApiTestBase {
    @Autowired
    Reminders reminders;
    @Autowired
    MatchDigests matchDigests;

    static final String ENTERPRISE_ORG = "天津北辰精密传动有限公司";
    static final String[] ENTERPRISE = ApiClient.as("ENTERPRISE", ENTERPRISE_ORG);
    static final String[] UNIVERSITY = ApiClient.as("UNIVERSITY", "天津大学");
    static final String[] OTHER_UNIVERSITY = ApiClient.as("UNIVERSITY", "南开大学");

    private String demand(String title, boolean confidential) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "柔轮寿命不足 3000 小时，需要表面强化方案。");
        body.put("enterprise", Map.of("name", ENTERPRISE_ORG));
        body.put("techField", "先进制造与自动化");
        body.put("industry", "C34");
        body.put("region", "北辰区");
        if (confidential) {
            body.put("visibility", "仅技术经理人可见");
        }
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(body), ENTERPRISE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A manager account of one district, created by the administrator. */
    private String[] manager(String username, String district) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", username);
        account.put("password", ApiClient.TEST_PASSWORD);
        account.put("displayName", district + "经理人");
        account.put("role", "MANAGER");
        account.put("organisation", district + "技术转移中心");
        account.put("district", district);
        int status = api.post("/api/accounts", ApiClient.json(account), ApiClient.admin()).status();
        assertThat(status).isIn(201, 409);
        return ApiClient.basic(username, ApiClient.TEST_PASSWORD);
    }

    private ApiClient.Response express(String targetId, String message, String[] who) {
        return api.post("/api/interests", ApiClient.json(Map.of("targetId", targetId, "message", message)), who);
    }

    private List<JsonNode> inbox(String[] who) {
        List<JsonNode> all = new ArrayList<>();
        ApiClient.Response response = api.get("/api/notifications", Map.of(), who);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        response.json().forEach(all::add);
        return all;
    }

    private List<JsonNode> about(String[] who, String objectId) {
        return inbox(who).stream().filter(n -> objectId.equals(n.path("objectId").asString(""))).toList();
    }

    @Test
    void anAcceptedInterestBecomesADockingAndOnlyThePartiesAndTheDistrictManagerAreTold() {
        String[] beichen = manager("mgr-beichen", "北辰区");
        String[] xiqing = manager("mgr-xiqing", "西青区");
        api.authorize(ENTERPRISE);
        api.authorize(OTHER_UNIVERSITY);
        String demandId = demand("谐波减速器柔轮寿命提升", true);

        ApiClient.Response expressed = express(demandId, "我校精密传动课题组有离子渗氮强化方案，可合作验证。", UNIVERSITY);
        assertThat(expressed.status()).as(expressed.body()).isEqualTo(201);
        JsonNode interest = expressed.json();
        String id = interest.get("id").asString();
        assertThat(interest.get("status").asString()).isEqualTo("待答复");
        assertThat(interest.has("toOrganisation")).as("a confidential demand's enterprise is hidden").isFalse();
        assertThat(expressed.body()).doesNotContain(ENTERPRISE_ORG);
        assertThat(api.get("/api/interests/" + id, Map.of(), UNIVERSITY).body()).doesNotContain(ENTERPRISE_ORG);

        // told: the enterprise and the district's manager; not the other district's manager, not the sender
        assertThat(about(ENTERPRISE, id)).singleElement().satisfies(n -> {
            assertThat(n.get("type").asString()).isEqualTo("收到意向");
            assertThat(n.get("title").asString()).contains("天津大学");
        });
        assertThat(about(beichen, id)).hasSize(1);
        assertThat(about(xiqing, id)).isEmpty();
        assertThat(about(UNIVERSITY, id)).isEmpty();
        assertThat(about(OTHER_UNIVERSITY, id)).isEmpty();
        assertThat(api.get("/api/notifications/unread-count", Map.of(), ENTERPRISE).json().get("count").asInt())
                .isEqualTo(1);

        // a notification is its recipient's only: another account cannot mark it read (404)
        String notificationId = about(ENTERPRISE, id).getFirst().get("id").asString();
        assertThat(api.post("/api/notifications/" + notificationId + "/read", "", UNIVERSITY).status()).isEqualTo(404);
        assertThat(api.post("/api/notifications/" + notificationId + "/read", "", ENTERPRISE).status()).isEqualTo(200);
        assertThat(api.get("/api/notifications/unread-count", Map.of(), ENTERPRISE).json().get("count").asInt())
                .isZero();

        // the sender cannot answer its own interest; another university cannot read it
        assertThat(api.post("/api/interests/" + id + "/answer", ApiClient.json(Map.of("decision", "接受")), UNIVERSITY)
                .status()).isEqualTo(403);
        assertThat(api.get("/api/interests/" + id, Map.of(), OTHER_UNIVERSITY).status()).isEqualTo(404);

        ApiClient.Response accepted = api.post("/api/interests/" + id + "/answer",
                ApiClient.json(Map.of("decision", "接受")), ENTERPRISE);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("已接受");
        String dockingId = accepted.json().get("dockingId").asString();
        JsonNode docking = api.get("/api/dockings/" + dockingId, Map.of(), beichen).json();
        assertThat(docking.get("source").asString()).isEqualTo("意向对接");
        assertThat(docking.get("demandId").asString()).isEqualTo(demandId);
        assertThat(docking.get("supplySide").get("name").asString()).isEqualTo("天津大学");
        assertThat(docking.get("manager").get("organisation").asString()).isEqualTo("北辰区技术转移中心");

        // once accepted the university learns whom it deals with, and is told
        JsonNode seen = api.get("/api/interests/" + id, Map.of(), UNIVERSITY).json();
        assertThat(seen.get("toOrganisation").asString()).isEqualTo(ENTERPRISE_ORG);
        assertThat(about(UNIVERSITY, id)).singleElement()
                .satisfies(n -> assertThat(n.get("type").asString()).isEqualTo("意向答复"));
        // the new docking reaches its managing centre
        assertThat(about(beichen, dockingId)).isNotEmpty();
        assertThat(about(xiqing, dockingId)).isEmpty();

        // a docking step reaches both parties, not the other district's manager
        ApiClient.Response step = api.post("/api/dockings/" + dockingId + "/steps",
                ApiClient.json(Map.of("stage", "见面洽谈", "note", "双方在企业现场见面")), beichen);
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        assertThat(about(UNIVERSITY, dockingId)).anySatisfy(n -> assertThat(n.get("title").asString()).contains("见面洽谈"));
        assertThat(about(ENTERPRISE, dockingId)).anySatisfy(n -> assertThat(n.get("title").asString()).contains("见面洽谈"));
        assertThat(about(xiqing, dockingId)).isEmpty();
        assertThat(about(OTHER_UNIVERSITY, dockingId)).isEmpty();

        assertThat(api.get("/api/interests", Map.of("box", "sent"), UNIVERSITY).json().get(0).get("id").asString())
                .isEqualTo(id);
        assertThat(api.get("/api/interests", Map.of("box", "received"), ENTERPRISE).json().get(0).get("id")
                .asString()).isEqualTo(id);
    }

    @Test
    void aDeclineCarriesACodedReasonAndOneOpenInterestPerPair() {
        api.authorize(ENTERPRISE);
        String demandId = demand("数控机床主轴热变形补偿", false);
        long interestedBefore = api.get("/api/stats/funnel", Map.of(), ApiClient.CITY_OFFICIAL).json()
                .get("interested").asLong();
        long mismatchBefore = api.get("/api/stats/interests", Map.of(), ApiClient.CITY_OFFICIAL).json()
                .get("byReason").get("技术不匹配").asLong();
        ApiClient.Response first = express(demandId, "我们有热误差建模经验。", UNIVERSITY);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = first.json().get("id").asString();
        assertThat(first.json().get("toOrganisation").asString()).isEqualTo(ENTERPRISE_ORG);
        assertThat(api.get("/api/stats/funnel", Map.of(), ApiClient.CITY_OFFICIAL).json().get("interested").asLong())
                .as("the funnel's 意向 step counts the demand").isEqualTo(interestedBefore + 1);

        ApiClient.Response second = express(demandId, "再次联系。", UNIVERSITY);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains(id);

        ApiClient.Response tooLong = express(demandId, "长".repeat(501), OTHER_UNIVERSITY);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("message").contains("长度不能超过 500 字");

        ApiClient.Response noNote = api.post("/api/interests/" + id + "/answer",
                ApiClient.json(Map.of("decision", "婉拒", "reason", "其他")), ENTERPRISE);
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("note");
        ApiClient.Response noReason = api.post("/api/interests/" + id + "/answer",
                ApiClient.json(Map.of("decision", "婉拒")), ENTERPRISE);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        ApiClient.Response declined = api.post("/api/interests/" + id + "/answer",
                ApiClient.json(Map.of("decision", "婉拒", "reason", "技术不匹配", "note", "我们需要的是在线监测")), ENTERPRISE);
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("status").asString()).isEqualTo("已婉拒");
        assertThat(declined.json().get("declineReason").asString()).isEqualTo("技术不匹配");
        assertThat(declined.json().has("dockingId")).isFalse();
        assertThat(api.get("/api/stats/interests", Map.of(), ApiClient.CITY_OFFICIAL).json()
                .get("byReason").get("技术不匹配").asLong()).as("the answer counts under its coded reason")
                .isEqualTo(mismatchBefore + 1);
        assertThat(api.get("/api/stats/interests", Map.of(), ENTERPRISE).status()).isEqualTo(403);
        assertThat(about(UNIVERSITY, id)).singleElement()
                .satisfies(n -> assertThat(n.get("title").asString()).contains("技术不匹配"));
        assertThat(api.post("/api/interests/" + id + "/answer", ApiClient.json(Map.of("decision", "接受")), ENTERPRISE)
                .status()).isEqualTo(409);

        // answered, the pair may try again
        assertThat(express(demandId, "补充了在线监测方案。", UNIVERSITY).status()).isEqualTo(201);
    }

    @Test
    void theOwnerOfADemandCloseToItsValidityIsRemindedOnce() {
        api.authorize(ENTERPRISE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "焊接机器人视觉纠偏");
        body.put("description", "焊缝跟踪偏差大。");
        body.put("enterprise", Map.of("name", ENTERPRISE_ORG));
        body.put("techField", "先进制造与自动化");
        body.put("industry", "C34");
        body.put("region", "北辰区");
        body.put("validUntil", TianjinTime.today(java.time.Clock.systemUTC()).plusDays(10).toString());
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(body), ENTERPRISE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String demandId = created.json().get("id").asString();
        reminders.remindExpiring();
        reminders.remindExpiring();
        assertThat(about(ENTERPRISE, demandId)).singleElement().satisfies(n -> {
            assertThat(n.get("type").asString()).isEqualTo("到期提醒");
            assertThat(n.get("link").asString()).isEqualTo("/demand.html?id=" + demandId);
        });
        assertThat(about(UNIVERSITY, demandId)).isEmpty();
    }

    @Test
    void aNewGoodMatchReachesBothOwnersInOneDigestADay() {
        api.authorize(ENTERPRISE);
        api.authorize(OTHER_UNIVERSITY);
        String terms = "细胞培养液葡萄糖乳酸在线监测拉曼光谱传感器";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "细胞培养液葡萄糖乳酸在线监测");
        body.put("description", "生物反应器中" + terms + "，需要实时监测细胞培养液中葡萄糖与乳酸浓度。");
        body.put("enterprise", Map.of("name", ENTERPRISE_ORG));
        body.put("techField", "生物与新医药");
        body.put("industry", "C27");
        body.put("region", "北辰区");
        ApiClient.Response d = api.post("/api/demands", ApiClient.json(body), ENTERPRISE);
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        String demandId = d.json().get("id").asString();
        ApiClient.Response a = api.post("/api/achievements", ApiClient.json(Map.of("title", "细胞培养液葡萄糖乳酸拉曼光谱在线监测传感器",
                "description", terms + "，实时监测生物反应器细胞培养液中葡萄糖与乳酸浓度。",
                "owner", Map.of("name", "天津大学", "kind", "高校"), "techField", "生物与新医药", "maturity", "通过中试")),
                UNIVERSITY);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String achievementId = a.json().get("id").asString();

        matchDigests.run();
        matchDigests.run();
        assertThat(about(ENTERPRISE, demandId)).singleElement().satisfies(n -> {
            assertThat(n.get("type").asString()).isEqualTo("新匹配推荐");
            assertThat(n.get("body").asString()).contains(achievementId);
        });
        assertThat(about(UNIVERSITY, achievementId)).singleElement()
                .satisfies(n -> assertThat(n.get("body").asString()).contains(demandId));
        assertThat(about(OTHER_UNIVERSITY, achievementId)).isEmpty();
        assertThat(about(OTHER_UNIVERSITY, demandId)).isEmpty();
    }

    @Test
    void anInterestInARecordTheSenderMayNotSeeIsNotThere() {
        String demandId = demand("已撤回的需求", false);
        assertThat(api.delete("/api/demands/" + demandId, ENTERPRISE).status()).isIn(200, 204);
        ApiClient.Response hidden = express(demandId, "想合作。", UNIVERSITY);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(express("DEM-999999", "想合作。", UNIVERSITY).status()).isEqualTo(404);
        assertThat(express(demandId, "想合作。", ApiClient.as("MANAGER", "天津市技术转移中心")).status())
                .isEqualTo(403);
        assertThat(api.post("/api/interests", ApiClient.json(Map.of("targetId", demandId, "message", "x")))
                .status()).isEqualTo(401);
    }
}
