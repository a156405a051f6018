package org.techmatch.account;

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
 * A district official creates accounts only for organisations of its district and assigns reviewers only to its
 * district's challenges; a refused request changes nothing. A city-level official (the administrator) reaches all.
 */
class AccountDistrictTest extends FixturesApiTestBase {

    private static Map<String, Object> enterprise(String username, String district) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", "District-Pass-2026");
        body.put("role", "ENTERPRISE");
        body.put("organisation", "天津南开区域测试有限公司");
        if (district != null) {
            body.put("district", district);
        }
        return body;
    }

    private JsonNode accountNamed(String username) {
        for (JsonNode account : api.get("/api/accounts", Map.of(), ApiClient.admin()).json()) {
            if (account.get("username").asString().equals(username)) {
                return account;
            }
        }
        return null;
    }

    private List<String> assignmentsOf(String username) {
        List<String> ids = new ArrayList<>();
        accountNamed(username).get("assignedChallenges").forEach(id -> ids.add(id.asString()));
        return ids;
    }

    @Test
    void aDistrictOfficialListsTheAccountsOfItsDistrictAndTheReviewersOnly() {
        ApiClient.Response byAdmin = api.post("/api/accounts",
                ApiClient.json(enterprise("listed-elsewhere", "南开区")), ApiClient.admin());
        assertThat(byAdmin.status()).as(byAdmin.body()).isIn(201, 409);

        List<String> seen = new ArrayList<>();
        for (JsonNode account : api.get("/api/accounts", Map.of(), OFFICIAL).json()) {
            seen.add(account.get("username").asString());
            assertThat(account.get("role").asString().equals("REVIEWER")
                    || "滨海新区".equals(account.path("district").asString(null)))
                    .as(account.toString()).isTrue();
        }
        assertThat(seen).contains("official", "reviewer").doesNotContain("listed-elsewhere");
        assertThat(accountNamed("listed-elsewhere")).as("the administrator sees every account").isNotNull();
    }

    @Test
    void aDistrictOfficialCreatesAccountsOnlyInItsDistrict() {
        ApiClient.Response refused = api.post("/api/accounts",
                ApiClient.json(enterprise("district-other", "南开区")), OFFICIAL);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("滨海新区");
        assertThat(accountNamed("district-other")).as("nothing created").isNull();

        ApiClient.Response created = api.post("/api/accounts",
                ApiClient.json(enterprise("district-own", null)), OFFICIAL);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("district").asString()).isEqualTo("滨海新区");

        ApiClient.Response byAdmin = api.post("/api/accounts",
                ApiClient.json(enterprise("district-by-admin", "南开区")), ApiClient.admin());
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(201);
    }

    @Test
    void aDistrictOfficialAssignsReviewersOnlyToItsDistrictsChallenges() {
        account("district-reviewer", "REVIEWER", "天津科技大学", null);
        assign("district-reviewer", "CHL-000004"); // 东丽区, by the administrator

        ApiClient.Response otherDistrict = api.put("/api/accounts/district-reviewer/assignments",
                ApiClient.json(Map.of("challengeIds", List.of("CHL-000005"))), OFFICIAL); // 北辰区
        assertThat(otherDistrict.status()).isEqualTo(403);
        assertThat(otherDistrict.body()).doesNotContain("北辰区科学技术局");
        ApiClient.Response draft = api.put("/api/accounts/district-reviewer/assignments",
                ApiClient.json(Map.of("challengeIds", List.of("CHL-000001"))), OFFICIAL); // a draft of 北辰区
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.body()).doesNotContain("工业机器人高精度RV减速器国产化攻关");
        assertThat(assignmentsOf("district-reviewer")).containsExactly("CHL-000004");

        ApiClient.Response own = api.put("/api/accounts/district-reviewer/assignments",
                ApiClient.json(Map.of("challengeIds", List.of("CHL-000003"))), OFFICIAL); // 滨海新区
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(assignmentsOf("district-reviewer")).as("another district's assignment is kept")
                .containsExactlyInAnyOrder("CHL-000004", "CHL-000003");
    }
}
