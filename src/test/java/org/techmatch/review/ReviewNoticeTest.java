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
 * Review results reach exactly whom they concern: an approved sign-up its applicant; a returned or published record
 * its owner organisation's accounts (not the reviewer, not another enterprise), each notice linking to the object.
 */
class ReviewNoticeTest extends FixturesApiTestBase {

    private static String[] registered(String username) {
        return ApiClient.basic(username, "Qiye-Mima-2026");
    }

    private void register(String username, String organisation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", "Qiye-Mima-2026");
        body.put("role", "ENTERPRISE");
        body.put("organisation", organisation);
        body.put("creditCode", CreditCodes.fresh());
        body.put("contactPerson", "王五");
        body.put("phone", "022-23456789");
        body.put("district", "滨海新区");
        ApiClient.Response created = api.post("/api/registrations", ApiClient.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private List<JsonNode> about(String[] who, String objectId) {
        ApiClient.Response inbox = api.get("/api/notifications", Map.of(), who);
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        return inbox.json().valueStream().filter(n -> objectId.equals(n.path("objectId").asString(""))).toList();
    }

    @Test
    void anApprovedSignUpTellsTheApplicantOnly() {
        register("notice-applicant", "天津港通知测试物流有限公司");
        String[] applicant = registered("notice-applicant");

        assertThat(api.post("/api/registrations/notice-applicant/approve", "{}", OFFICIAL).status()).isEqualTo(200);

        List<JsonNode> told = api.get("/api/notifications", Map.of(), applicant).json().valueStream()
                .filter(n -> n.get("title").asString().startsWith("注册申请")).toList();
        assertThat(told).hasSize(1);
        assertThat(told.getFirst().get("title").asString()).isEqualTo("注册申请已通过审核");
        assertThat(told.getFirst().get("type").asString()).isEqualTo("审核结果");
        assertThat(told.getFirst().get("link").asString()).isEqualTo("/me.html");
        assertThat(api.get("/api/notifications", Map.of(), OFFICIAL).json().valueStream()
                .filter(n -> n.get("title").asString().startsWith("注册申请"))).isEmpty();
    }

    @Test
    void aReturnedRecordTellsExactlyItsOwnerOrganisation() {
        String org = "天津港通知测试装备有限公司";
        register("notice-owner", org);
        register("notice-colleague", org);
        for (String username : List.of("notice-owner", "notice-colleague")) {
            assertThat(api.post("/api/registrations/" + username + "/approve", "{}", OFFICIAL).status()).isEqualTo(200);
        }
        String[] owner = registered("notice-owner");
        String[] colleague = registered("notice-colleague");

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "岸桥吊具通知测试需求");
        body.put("description", "港口岸桥吊具需要防摇控制，要求定位误差小于 5 毫米。");
        body.put("enterprise", Map.of("name", org));
        body.put("techField", "先进制造");
        body.put("region", "滨海新区");
        body.put("validUntil", LocalDate.now().plusMonths(3).toString());
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(body), owner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        long version = created.json().get("version").asLong();
        assertThat(about(owner, id)).isEmpty();

        ApiClient.Response returned = api.post("/api/reviews/demands/" + id + "/return",
                ApiClient.json(Map.of("version", version, "reason", "请补充防摇控制的测试工况")), OFFICIAL);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);

        for (String[] member : List.of(owner, colleague)) {
            List<JsonNode> told = about(member, id);
            assertThat(told).hasSize(1);
            assertThat(told.getFirst().get("title").asString()).isEqualTo("需求「岸桥吊具通知测试需求」被退回修改");
            assertThat(told.getFirst().get("body").asString()).contains("请补充防摇控制的测试工况");
            assertThat(told.getFirst().get("link").asString()).isEqualTo("/demand.html?id=" + id);
        }
        assertThat(about(OFFICIAL, id)).isEmpty();
        assertThat(about(ENTERPRISE, id)).isEmpty();
        assertThat(about(MANAGER, id)).isEmpty();
    }
}
