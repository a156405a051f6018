package org.techmatch.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * Sign-up of an enterprise or university: the rules of the application (credit code, phone, password strength,
 * uniqueness), a pending account that signs in but may not publish, the review by an official of the applicant's
 * district (or a manager) with a reason the applicant reads, and password change and reset.
 */
class RegistrationApiTest extends FixturesApiTestBase {
    private static final AtomicInteger SEQ = new AtomicInteger();
    static final String PASSWORD = "Qiye-Mima-2026";

    static Map<String, Object> application(String username, String district) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", "ENTERPRISE");
        body.put("organisation", "天津注册测试科技有限公司" + SEQ.incrementAndGet());
        body.put("creditCode", CreditCodes.fresh());
        body.put("contactPerson", "张三");
        body.put("phone", "13812345678");
        body.put("district", district);
        return body;
    }

    private String[] registered(String username, String district) {
        ApiClient.Response created = api.post("/api/registrations", ApiClient.json(application(username, district)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ApiClient.basic(username, PASSWORD);
    }

    private static List<String> fields(ApiClient.Response response) {
        return response.json().path("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    @Test
    void aValidApplicationIsPendingAndTheAccountSeesOnlyItsApplication() {
        ApiClient.Response created = api.post("/api/registrations",
                ApiClient.json(application("reg-pending", "滨海新区")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("待审核");
        assertThat(created.body()).doesNotContain("passwordHash").doesNotContain(PASSWORD);
        String[] applicant = ApiClient.basic("reg-pending", PASSWORD);

        JsonNode me = api.get("/api/me", Map.of(), applicant).json();
        assertThat(me.get("pending").asBoolean()).isTrue();
        assertThat(me.get("registrationStatus").asString()).isEqualTo("待审核");
        assertThat(api.get("/api/me/registration", Map.of(), applicant).status()).isEqualTo(200);

        ApiClient.Response publish = api.post("/api/demands", ApiClient.json(Map.of("title", "待审核账号的需求",
                "description", "不应发布。", "enterprise", Map.of("name", created.json().get("organisation").asString()),
                "region", "滨海新区")), applicant);
        assertThat(publish.status()).isEqualTo(403);
        assertThat(publish.json().get("detail").asString()).contains("待审核");
        assertThat(api.get("/api/me/records", Map.of(), applicant).status()).isEqualTo(403);
        assertThat(api.get("/api/dockings", Map.of(), applicant).status()).isEqualTo(403);
        assertThat(api.get("/api/demands", Map.of("q", "待审核账号的需求"), applicant).json().get("total").asInt())
                .isZero();
    }

    @Test
    void eachBadFieldIsNamedInChinese() {
        Map<String, Object> body = application("reg-bad", "上海市");
        String code = (String) body.get("creditCode");
        body.put("creditCode", code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"));
        body.put("phone", "12345");
        body.put("password", "abcdefgh");
        body.put("role", "MANAGER");
        body.remove("contactPerson");
        ApiClient.Response refused = api.post("/api/registrations", ApiClient.json(body));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).contains("creditCode", "phone", "password", "role", "district", "contactPerson");
        assertThat(refused.body()).contains("校验位").contains("字母和数字").contains("手机号");
        assertThat(api.get("/api/me", Map.of(), ApiClient.basic("reg-bad", "abcdefgh")).status())
                .as("nothing was created").isEqualTo(401);
    }

    @Test
    void aTakenUserNameOrCreditCodeIsAConflictNamingTheField() {
        Map<String, Object> first = application("reg-dup", "南开区");
        assertThat(api.post("/api/registrations", ApiClient.json(first)).status()).isEqualTo(201);

        Map<String, Object> sameName = application("reg-dup", "南开区");
        ApiClient.Response byName = api.post("/api/registrations", ApiClient.json(sameName));
        assertThat(byName.status()).isEqualTo(409);
        assertThat(fields(byName)).containsExactly("username");
        assertThat(byName.json().get("detail").asString()).contains("登录名");

        Map<String, Object> sameCode = application("reg-dup-2", "南开区");
        sameCode.put("creditCode", first.get("creditCode"));
        ApiClient.Response byCode = api.post("/api/registrations", ApiClient.json(sameCode));
        assertThat(byCode.status()).isEqualTo(409);
        assertThat(fields(byCode)).containsExactly("creditCode");
        assertThat(byCode.json().get("detail").asString()).contains("统一社会信用代码");
    }

    @Test
    void onlyAnOfficialOfTheApplicantsDistrictOrAManagerDecides() {
        String[] applicant = registered("reg-nankai", "南开区");
        ApiClient.Response byBinhai = api.post("/api/registrations/reg-nankai/approve", "{}", OFFICIAL);
        assertThat(byBinhai.status()).isEqualTo(403);
        assertThat(byBinhai.json().get("detail").asString()).contains("滨海新区").contains("南开区");
        assertThat(api.post("/api/registrations/reg-nankai/approve", "{}", ENTERPRISE).status()).isEqualTo(403);
        assertThat(api.get("/api/registrations", Map.of(), OFFICIAL).body()).doesNotContain("reg-nankai");

        String[] nankai = api.districtOfficial("南开区");
        assertThat(api.get("/api/registrations", Map.of("status", "待审核"), nankai).body()).contains("reg-nankai");
        ApiClient.Response approved = api.post("/api/registrations/reg-nankai/approve", "{}", nankai);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("已通过");
        assertThat(api.post("/api/registrations/reg-nankai/approve", "{}", nankai).status()).isEqualTo(409);

        JsonNode me = api.get("/api/me", Map.of(), applicant).json();
        assertThat(me.get("pending").asBoolean()).isFalse();
        assertThat(api.get("/api/me/records", Map.of(), applicant).status()).isEqualTo(200);

        registered("reg-by-manager", "静海区");
        assertThat(api.post("/api/registrations/reg-by-manager/approve", "{}", MANAGER).status()).isEqualTo(200);
    }

    @Test
    void aReturnedApplicationShowsTheReasonAndIsResubmitted() {
        String[] applicant = registered("reg-returned", "滨海新区");
        ApiClient.Response noReason = api.post("/api/registrations/reg-returned/return", "{}", OFFICIAL);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");

        ApiClient.Response returned = api.post("/api/registrations/reg-returned/return",
                ApiClient.json(Map.of("reason", "营业执照上的单位名称与填写不一致")), OFFICIAL);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        JsonNode mine = api.get("/api/me/registration", Map.of(), applicant).json();
        assertThat(mine.get("status").asString()).isEqualTo("已退回");
        assertThat(mine.get("reason").asString()).isEqualTo("营业执照上的单位名称与填写不一致");

        Map<String, Object> fixed = application("reg-returned", "滨海新区");
        fixed.put("organisation", "天津注册测试更正有限公司");
        ApiClient.Response resubmitted = api.put("/api/me/registration", ApiClient.json(fixed), applicant);
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat(resubmitted.json().get("status").asString()).isEqualTo("待审核");
        assertThat(resubmitted.json().get("organisation").asString()).isEqualTo("天津注册测试更正有限公司");
        assertThat(api.get("/api/registrations", Map.of("status", "待审核"), OFFICIAL).body())
                .contains("reg-returned");
    }

    @Test
    void theAuditLogRecordsASignUpAndItsDecisionButNotThePhoneNorTheCreditCode() {
        Map<String, Object> body = application("reg-audited", "滨海新区");
        body.put("phone", "13987650123");
        String creditCode = (String) body.get("creditCode");
        assertThat(api.post("/api/registrations", ApiClient.json(body)).status()).isEqualTo(201);
        ApiClient.Response returned = api.post("/api/registrations/reg-audited/return",
                ApiClient.json(Map.of("reason", "请补充营业执照")), OFFICIAL);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        Map<String, Object> fixed = application("reg-audited", "滨海新区");
        fixed.put("phone", "02287650123");
        fixed.put("creditCode", creditCode);
        ApiClient.Response resubmitted = api.put("/api/me/registration", ApiClient.json(fixed),
                ApiClient.basic("reg-audited", PASSWORD));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat(api.post("/api/registrations/reg-audited/approve", "{}", OFFICIAL).status()).isEqualTo(200);

        for (String[] official : List.of(OFFICIAL, ApiClient.CITY_OFFICIAL)) {
            ApiClient.Response log = api.get("/api/audit", Map.of("size", "200"), official);
            assertThat(log.status()).isEqualTo(200);
            List<JsonNode> entries = log.json().get("items").valueStream()
                    .filter(e -> e.get("summary").asString().contains("reg-audited")).toList();
            assertThat(entries).as("sign-up, return, correction and approval are logged").hasSize(4);
            assertThat(entries.stream().map(e -> e.get("username").asString()))
                    .as("who signed up, who decided").containsExactly("official", "reg-audited", "official",
                            "reg-audited");
            assertThat(entries.toString()).as("the decision is logged").contains("已通过", "请补充营业执照");
            assertThat(log.body()).doesNotContain("13987650123", "02287650123", creditCode);
            assertThat(entries.toString()).as("a corrected phone is noted as changed, without its value")
                    .contains("registration.phone");
        }
    }

    @Test
    void everyoneChangesItsOwnPasswordWithTheCurrentOne() {
        String[] old = account("pw-change", "ENTERPRISE", "天津密码测试有限公司", "滨海新区");
        ApiClient.Response wrongOld = api.put("/api/me/password",
                ApiClient.json(Map.of("oldPassword", "Wrong-2026", "newPassword", "Xin-Mima-2027")), old);
        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(fields(wrongOld)).containsExactly("oldPassword");
        ApiClient.Response weak = api.put("/api/me/password",
                ApiClient.json(Map.of("oldPassword", ApiClient.TEST_PASSWORD, "newPassword", "12345678")), old);
        assertThat(fields(weak)).containsExactly("newPassword");

        ApiClient.Response changed = api.put("/api/me/password",
                ApiClient.json(Map.of("oldPassword", ApiClient.TEST_PASSWORD, "newPassword", "Xin-Mima-2027")), old);
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(api.get("/api/tokens", Map.of(), old).status()).isEqualTo(401);
        assertThat(api.get("/api/tokens", Map.of(), ApiClient.basic("pw-change", "Xin-Mima-2027")).status())
                .isEqualTo(200);
    }

    @Test
    void anOfficialResetsPasswordsOfItsDistrictOnly() {
        account("pw-binhai", "ENTERPRISE", "天津滨海重置测试有限公司", "滨海新区");
        account("pw-nankai", "ENTERPRISE", "天津南开重置测试有限公司", "南开区");
        String body = ApiClient.json(Map.of("newPassword", "Chongzhi-2027"));

        ApiClient.Response other = api.put("/api/accounts/pw-nankai/password", body, OFFICIAL);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("detail").asString()).contains("滨海新区");
        assertThat(api.put("/api/accounts/official/password", body, OFFICIAL).status()).isEqualTo(403);
        assertThat(api.put("/api/accounts/pw-binhai/password", body, MANAGER).status()).isEqualTo(403);
        assertThat(fields(api.put("/api/accounts/pw-binhai/password",
                ApiClient.json(Map.of("newPassword", "short")), OFFICIAL))).containsExactly("newPassword");

        assertThat(api.put("/api/accounts/pw-binhai/password", body, OFFICIAL).status()).isEqualTo(204);
        assertThat(api.get("/api/tokens", Map.of(), ApiClient.basic("pw-binhai", "Chongzhi-2027")).status())
                .isEqualTo(200);
        assertThat(api.put("/api/accounts/pw-nankai/password", body, ApiClient.admin()).status()).isEqualTo(204);
    }
}
