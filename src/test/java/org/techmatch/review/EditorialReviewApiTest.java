package org.techmatch.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.account.CreditCodes;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * A self-registered organisation's new records wait for review: hidden from everyone but the owner and its
 * reviewers (searches and matches included), published or returned with a reason by a manager or an official of
 * the record's district only; the owner edits and resubmits. Accounts created by an official publish at once.
 */
class EditorialReviewApiTest extends FixturesApiTestBase {

    /** A registered and approved enterprise of 滨海新区 (the demo official's district). */
    private String[] approvedEnterprise(String username, String organisation) {
        return approvedEnterprise(username, organisation, "滨海新区", OFFICIAL);
    }

    /** A registered enterprise of district, approved by approver (an official of that district). */
    private String[] approvedEnterprise(String username, String organisation, String district, String[] approver) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", "Qiye-Mima-2026");
        body.put("role", "ENTERPRISE");
        body.put("organisation", organisation);
        body.put("creditCode", CreditCodes.fresh());
        body.put("contactPerson", "李四");
        body.put("phone", "022-23456789");
        body.put("district", district);
        assertThat(api.post("/api/registrations", ApiClient.json(body)).status()).isEqualTo(201);
        assertThat(api.post("/api/registrations/" + username + "/approve", "{}", approver).status()).isEqualTo(200);
        return ApiClient.basic(username, "Qiye-Mima-2026");
    }

    private static Map<String, Object> demand(String title, String organisation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "港口集装箱吊具需要高精度定位与防摇控制，要求定位误差小于 5 毫米。");
        body.put("enterprise", Map.of("name", organisation));
        body.put("techField", "先进制造");
        body.put("region", "滨海新区");
        body.put("validUntil", LocalDate.now().plusMonths(3).toString());
        return body;
    }

    private boolean queued(String id, String[] reviewer) {
        return api.get("/api/reviews", Map.of(), reviewer).json().valueStream()
                .anyMatch(item -> item.get("id").asString().equals(id));
    }

    @Test
    void aSelfRegisteredDemandWaitsIsReturnedResubmittedAndPublished() {
        String org = "天津港审核测试装备有限公司";
        String[] owner = approvedEnterprise("review-owner", org);
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(demand("吊具防摇审核测试需求", org)), owner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode d = created.json();
        String id = d.get("id").asString();
        assertThat(d.get("status").asString()).isEqualTo("待审核");

        // hidden from the public, other enterprises and other districts' officials; never found by a search
        assertThat(api.get("/api/demands/" + id, Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/demands/" + id, Map.of(), ENTERPRISE).status()).isEqualTo(404);
        String[] nankai = api.districtOfficial("南开区");
        assertThat(api.get("/api/demands/" + id, Map.of(), nankai).status()).isEqualTo(404);
        assertThat(api.get("/api/demands", Map.of("q", "吊具防摇审核测试需求")).json().get("total").asInt()).isZero();
        assertThat(api.get("/api/demands", Map.of("q", "吊具防摇审核测试需求", "status", "待审核"), ENTERPRISE)
                .json().get("total").asInt()).isZero();
        assertThat(api.get("/api/demands/" + id, Map.of(), owner).status()).isEqualTo(200);

        // the queue: the district's official and managers, not another district's official
        assertThat(queued(id, OFFICIAL)).isTrue();
        assertThat(queued(id, MANAGER)).isTrue();
        assertThat(queued(id, nankai)).isFalse();
        assertThat(api.get("/api/reviews", Map.of(), owner).status()).isEqualTo(403);
        assertThat(api.post("/api/reviews/demands/" + id + "/publish", ApiClient.json(Map.of("version", 1)), nankai)
                .status()).isEqualTo(404);

        // the owner may not publish it itself
        Map<String, Object> selfPublished = demand("吊具防摇审核测试需求", org);
        selfPublished.put("version", 1);
        selfPublished.put("status", "征集中");
        ApiClient.Response self = api.put("/api/demands/" + id, ApiClient.json(selfPublished), owner);
        assertThat(self.status()).as(self.body()).isEqualTo(200);
        assertThat(self.json().get("status").asString()).isEqualTo("待审核");
        long version = self.json().get("version").asLong();

        ApiClient.Response noReason = api.post("/api/reviews/demands/" + id + "/return",
                ApiClient.json(Map.of("version", version)), OFFICIAL);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        ApiClient.Response returned = api.post("/api/reviews/demands/" + id + "/return",
                ApiClient.json(Map.of("version", version, "reason", "请补充定位精度的测试条件")), OFFICIAL);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(api.get("/api/demands/" + id, Map.of(), owner).json().get("status").asString()).isEqualTo("已退回");
        assertThat(queued(id, OFFICIAL)).isFalse();
        JsonNode mine = entry(owner, id);
        assertThat(mine.get("returnedReason").asString()).isEqualTo("请补充定位精度的测试条件");
        assertThat(mine.get("events").toString()).contains("审核退回");
        // the decision is in the audit log, by the official
        assertThat(api.get("/api/audit", Map.of("recordId", id), OFFICIAL).body()).contains("已退回");

        JsonNode current = api.get("/api/demands/" + id, Map.of(), owner).json();
        Map<String, Object> fixed = demand("吊具防摇审核测试需求（补充测试条件）", org);
        fixed.put("version", current.get("version").asLong());
        fixed.put("status", "已退回");
        ApiClient.Response resubmitted = api.put("/api/demands/" + id, ApiClient.json(fixed), owner);
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat(resubmitted.json().get("status").asString()).isEqualTo("待审核");
        assertThat(queued(id, OFFICIAL)).isTrue();

        ApiClient.Response published = api.post("/api/reviews/demands/" + id + "/publish",
                ApiClient.json(Map.of("version", resubmitted.json().get("version").asLong())), OFFICIAL);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(api.get("/api/demands/" + id, Map.of()).json().get("status").asString()).isEqualTo("征集中");
        assertThat(api.get("/api/demands", Map.of("q", "吊具防摇审核测试需求")).json().get("total").asInt()).isEqualTo(1);
        assertThat(api.post("/api/reviews/demands/" + id + "/publish",
                ApiClient.json(Map.of("version", 99)), OFFICIAL).status()).isEqualTo(409);
    }

    @Test
    void aSelfRegisteredOwnersEditOfAPublishedDemandGoesBackToReviewButARenewalDoesNot() {
        String org = "天津港复审测试装备有限公司";
        String[] owner = approvedEnterprise("review-edit", org);
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(demand("岸桥复审测试需求", org)), owner);
        String id = created.json().get("id").asString();
        assertThat(api.post("/api/reviews/demands/" + id + "/publish", ApiClient.json(Map.of("version", 1)), OFFICIAL)
                .status()).isEqualTo(200);
        JsonNode published = api.get("/api/demands/" + id, Map.of()).json();
        assertThat(published.get("status").asString()).isEqualTo("征集中");

        ApiClient.Response renewed = api.post("/api/demands/" + id + "/renew", "{}", owner);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.json().get("status").asString()).as("a renewal is not new content").isEqualTo("征集中");
        Map<String, Object> same = demand("岸桥复审测试需求", org);
        same.put("validUntil", renewed.json().get("validUntil").asString());
        same.put("version", renewed.json().get("version").asLong());
        ApiClient.Response unchanged = api.put("/api/demands/" + id, ApiClient.json(same), owner);
        assertThat(unchanged.json().get("status").asString()).as("the content it was approved with").isEqualTo("征集中");

        Map<String, Object> edited = demand("岸桥复审测试需求：未经审核的新内容", org);
        edited.put("validUntil", renewed.json().get("validUntil").asString());
        edited.put("version", unchanged.json().get("version").asLong());
        edited.put("status", "征集中");
        ApiClient.Response edit = api.put("/api/demands/" + id, ApiClient.json(edited), owner);
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        assertThat(edit.json().get("status").asString()).isEqualTo("待审核");
        assertThat(api.get("/api/demands/" + id, Map.of()).status()).as("hidden until reviewed again").isEqualTo(404);
        assertThat(api.get("/api/demands/" + id, Map.of(), ENTERPRISE).status()).isEqualTo(404);
        assertThat(api.get("/api/demands", Map.of("q", "未经审核的新内容")).json().get("total").asInt()).isZero();
        assertThat(api.get("/api/demands/" + id, Map.of(), owner).json().get("title").asString())
                .contains("未经审核的新内容");
        assertThat(queued(id, OFFICIAL)).isTrue();

        ApiClient.Response republished = api.post("/api/reviews/demands/" + id + "/publish",
                ApiClient.json(Map.of("version", edit.json().get("version").asLong())), OFFICIAL);
        assertThat(republished.status()).as(republished.body()).isEqualTo(200);
        assertThat(api.get("/api/demands/" + id, Map.of()).json().get("title").asString()).contains("未经审核的新内容");

        Map<String, Object> byOfficial = demand("岸桥复审测试需求（区科技局修改）", org);
        byOfficial.put("version", api.get("/api/demands/" + id, Map.of()).json().get("version").asLong());
        ApiClient.Response officialEdit = api.put("/api/demands/" + id, ApiClient.json(byOfficial), OFFICIAL);
        assertThat(officialEdit.status()).as(officialEdit.body()).isEqualTo(200);
        assertThat(officialEdit.json().get("status").asString()).as("a reviewer's edit is published at once")
                .isEqualTo("征集中");
    }

    @Test
    void aDemandInDockingEditedAndPublishedAgainIsStillInDocking() {
        // 南开区 and a manager of another organisation: the fixtures' dockings of 滨海新区 and of the demo manager's
        // organisation are counted by other tests of this shared context
        String org = "天津南开对接复审测试装备有限公司";
        String[] nankai = api.districtOfficial("南开区");
        String[] owner = approvedEnterprise("review-docking", org, "南开区", nankai);
        Map<String, Object> body = demand("场桥对接复审测试需求", org);
        body.put("region", "南开区");
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(body), owner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.post("/api/reviews/demands/" + id + "/publish", ApiClient.json(Map.of("version", 1)), nankai)
                .status()).isEqualTo(200);
        Map<String, Object> docking = new LinkedHashMap<>();
        docking.put("demandId", id);
        docking.put("supplySide", Map.of("name", "天津大学"));
        docking.put("manager", Map.of("name", "赵敏"));
        docking.put("source", "匹配推荐");
        docking.put("date", LocalDate.now().toString());
        docking.put("note", "介绍双方，企业对防摇方案感兴趣");
        ApiClient.Response introduced = api.post("/api/dockings", ApiClient.json(docking),
                ApiClient.as("MANAGER", "南开复审测试技术转移中心"));
        assertThat(introduced.status()).as(introduced.body()).isEqualTo(201);
        JsonNode inDocking = api.get("/api/demands/" + id, Map.of(), owner).json();
        assertThat(inDocking.get("status").asString()).isEqualTo("对接中");

        Map<String, Object> edited = demand("场桥对接复审测试需求：补充工况", org);
        edited.put("region", "南开区");
        edited.put("version", inDocking.get("version").asLong());
        ApiClient.Response edit = api.put("/api/demands/" + id, ApiClient.json(edited), owner);
        assertThat(edit.json().get("status").asString()).isEqualTo("待审核");
        ApiClient.Response republished = api.post("/api/reviews/demands/" + id + "/publish",
                ApiClient.json(Map.of("version", edit.json().get("version").asLong())), nankai);
        assertThat(republished.status()).as(republished.body()).isEqualTo(200);
        assertThat(api.get("/api/demands/" + id, Map.of()).json().get("status").asString())
                .as("the docking is still under way").isEqualTo("对接中");
    }

    @Test
    void aSelfRegisteredAchievementWaitsAndAManagerPublishesIt() {
        String org = "天津审核测试材料研究院";
        String[] owner = approvedEnterprise("review-ach", org);
        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(Map.of(
                "title", "审核测试高强铝合金", "description", "一种高强度铝合金的制备方法。",
                "owner", Map.of("name", org, "kind", "企业"), "techField", "新材料", "maturity", "通过中试",
                "region", "滨海新区")), owner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("status").asString()).isEqualTo("待审核");
        assertThat(api.get("/api/achievements/" + id, Map.of(), UNIVERSITY).status()).isEqualTo(404);
        ApiClient.Response published = api.post("/api/reviews/achievements/" + id + "/publish",
                ApiClient.json(Map.of("version", 1)), MANAGER);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(api.get("/api/achievements/" + id, Map.of()).json().get("status").asString()).isEqualTo("已发布");

        Map<String, Object> edited = new LinkedHashMap<>(Map.of("title", "审核测试高强铝合金（未经审核的改写）",
                "description", "一种高强度铝合金的制备方法。", "owner", Map.of("name", org, "kind", "企业"),
                "techField", "新材料", "maturity", "通过中试", "region", "滨海新区"));
        edited.put("version", api.get("/api/achievements/" + id, Map.of()).json().get("version").asLong());
        ApiClient.Response edit = api.put("/api/achievements/" + id, ApiClient.json(edited), owner);
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        assertThat(edit.json().get("status").asString()).isEqualTo("待审核");
        assertThat(api.get("/api/achievements/" + id, Map.of(), UNIVERSITY).status()).isEqualTo(404);
    }

    @Test
    void accountsCreatedByAnOfficialAndManagersPublishAtOnce() {
        ApiClient.Response byDemo = api.post("/api/demands",
                ApiClient.json(demand("演示企业直接发布的需求", "天津滨海启元细胞治疗技术有限公司")), ENTERPRISE);
        assertThat(byDemo.status()).as(byDemo.body()).isEqualTo(201);
        assertThat(byDemo.json().get("status").asString()).isEqualTo("征集中");
        ApiClient.Response byManager = api.post("/api/demands",
                ApiClient.json(demand("经理人代发布的需求", "天津某代理客户有限公司")), MANAGER);
        assertThat(byManager.json().get("status").asString()).isEqualTo("征集中");
        ApiClient.Response published = api.post("/api/reviews/demands/" + byDemo.json().get("id").asString()
                + "/publish", ApiClient.json(Map.of("version", 1)), OFFICIAL);
        assertThat(published.status()).as("not waiting for review").isEqualTo(409);
    }

    private JsonNode entry(String[] owner, String id) {
        ApiClient.Response records = api.get("/api/me/records", Map.of(), owner);
        assertThat(records.status()).as(records.body()).isEqualTo(200);
        for (JsonNode each : records.json().get("demands")) {
            if (each.get("id").asString().equals(id)) {
                return each;
            }
        }
        throw new AssertionError(id + " not in 我的: " + records.body());
    }

    static List<String> ids(JsonNode list) {
        return list.valueStream().map(n -> n.get("id").asString()).toList();
    }
}
