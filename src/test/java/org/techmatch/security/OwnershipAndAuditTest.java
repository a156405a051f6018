package org.techmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * An organisation writes only its own records and in its own name, an official only in their district; every
 * write and state change leaves an audit entry (who, when, each changed field before and after) that officials
 * read, filtered and paged.
 */
class OwnershipAndAuditTest extends ApiTestBase {
    private static final String FIRM = "天津南开测试仪器有限公司";
    private static final String OTHER_FIRM = "天津河西测试材料有限公司";

    private String[] account(String username, String role, String organisation, String district) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", "Secret-Pass-2026");
        body.put("role", role);
        body.put("organisation", organisation);
        if (district != null) {
            body.put("district", district);
        }
        ApiClient.Response created = api.post("/api/accounts", ApiClient.json(body), ApiClient.admin());
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        return ApiClient.basic(username, "Secret-Pass-2026");
    }

    private static Map<String, Object> demand(String enterprise, String region, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "需要提升测量精度。");
        body.put("enterprise", Map.of("name", enterprise));
        body.put("contact", Map.of("person", "周工", "phone", "022-12345678"));
        body.put("region", region);
        body.put("visibility", "仅技术经理人可见");
        return body;
    }

    @Test
    void anOrganisationWritesOnlyItsOwnRecordsAndAnOfficialOnlyInTheirDistrict() {
        String[] firm = account("own-firm", "ENTERPRISE", FIRM, null);
        String[] otherFirm = account("own-other", "ENTERPRISE", OTHER_FIRM, null);
        String[] nankai = account("own-nankai", "OFFICIAL", "南开区科学技术局", "南开区");
        String[] hexi = account("own-hexi", "OFFICIAL", "河西区科学技术局", "河西区");

        ApiClient.Response impersonating = api.post("/api/demands", ApiClient.json(demand(OTHER_FIRM, "南开区", "冒名需求")), firm);
        assertThat(impersonating.status()).isEqualTo(403);
        assertThat(impersonating.json().get("detail").asString()).contains("只能以本单位名义");
        JsonNode created = api.post("/api/demands", ApiClient.json(demand(FIRM, "南开区", "高精度位移传感器标定")), firm).json();
        String id = created.get("id").asString();

        Map<String, Object> edit = demand(FIRM, "南开区", "高精度位移传感器在线标定");
        edit.put("version", 1);
        ApiClient.Response byOther = api.put("/api/demands/" + id, ApiClient.json(edit), otherFirm);
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(byOther.json().get("detail").asString()).contains("只能修改本单位的技术需求").contains(id)
                .as("a refusal never names the owner of a confidential demand").doesNotContain(FIRM);
        assertThat(api.put("/api/demands/" + id, ApiClient.json(edit), hexi).status()).isEqualTo(403);
        assertThat(api.delete("/api/demands/" + id, otherFirm).status()).isEqualTo(403);
        assertThat(api.get("/api/demands/" + id, Map.of()).json().get("version").asLong())
                .as("refused writes changed nothing").isEqualTo(1);

        assertThat(api.put("/api/demands/" + id, ApiClient.json(edit), firm).status()).isEqualTo(200);
        edit.put("version", 2);
        edit.put("description", "需要提升测量精度，并实现在线标定。");
        assertThat(api.put("/api/demands/" + id, ApiClient.json(edit), nankai).status()).isEqualTo(200);

        // confidential: the district's official sees the enterprise, the other district's does not
        assertThat(api.get("/api/demands/" + id, Map.of(), nankai).body()).contains(FIRM).contains("022-12345678");
        assertThat(api.get("/api/demands/" + id, Map.of(), hexi).body()).doesNotContain(FIRM).doesNotContain("022-12345678");
        assertThat(api.get("/api/demands/" + id, Map.of()).body()).doesNotContain(FIRM).doesNotContain("022-12345678");
        assertThat(api.get("/api/demands/" + id, Map.of(), otherFirm).body()).doesNotContain(FIRM);

        // a withdrawn record is not published: anonymous visitors do not find it, even asking for its status
        assertThat(api.delete("/api/demands/" + id, firm).status()).isEqualTo(200);
        assertThat(api.get("/api/demands/" + id, Map.of()).status()).isEqualTo(404);
        // other tests of the same service store open demands about sensors too: look at what comes back
        JsonNode found = api.get("/api/demands", Map.of("status", "已关闭", "q", "位移传感器标定", "size", "100")).json();
        assertThat(found.get("items")).as("anonymous search asking for closed demands")
                .noneMatch(hit -> hit.get("record").get("id").asString().equals(id))
                .noneMatch(hit -> hit.get("record").get("status").asString().equals("已关闭"));
        assertThat(api.get("/api/demands/" + id, Map.of(), firm).status()).isEqualTo(200);
    }

    @Test
    void aManagerPublishesForAClientButEditsOnlyTheRecordsInItsOwnName() {
        String centre = "天津滨海技术转移测试中心";
        String[] manager = account("own-manager", "MANAGER", centre, null);
        String[] university = account("own-university", "UNIVERSITY", "天津测试大学", null);
        Map<String, Object> ownBody = achievement("技术转移中心自有的检测平台", centre, "其他");
        String own = api.post("/api/achievements", ApiClient.json(ownBody), manager).json().get("id").asString();
        String forClient = api.post("/api/achievements",
                ApiClient.json(achievement("代高校发布的催化剂成果", "天津测试大学", "高校")), manager).json()
                .get("id").asString();

        ownBody.put("version", 1);
        ownBody.put("title", "技术转移中心自有的检测平台（升级版）");
        assertThat(api.put("/api/achievements/" + own, ApiClient.json(ownBody), manager).status()).isEqualTo(200);
        Map<String, Object> clientEdit = achievement("代高校发布的催化剂成果（改）", "天津测试大学", "高校");
        clientEdit.put("version", 1);
        ApiClient.Response refused = api.put("/api/achievements/" + forClient, ApiClient.json(clientEdit), manager);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("只能修改本单位的科技成果");
        assertThat(api.delete("/api/achievements/" + forClient, manager).status()).isEqualTo(403);
        assertThat(api.put("/api/achievements/" + forClient, ApiClient.json(clientEdit), university).status())
                .as("the client edits what was published in its name").isEqualTo(200);
        assertThat(api.delete("/api/achievements/" + own, manager).status()).isEqualTo(200);
    }

    private static Map<String, Object> achievement(String title, String owner, String ownerKind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "用于检验技术经理人修改权限的成果。");
        body.put("owner", Map.of("name", owner, "kind", ownerKind));
        body.put("techField", "新材料");
        body.put("maturity", "已有样品");
        return body;
    }

    @Test
    void everyWriteAndStateChangeIsInTheAuditLogWithFieldsBeforeAndAfter() {
        String[] firm = account("audit-firm", "ENTERPRISE", FIRM, null);
        String[] official = account("audit-official", "OFFICIAL", "南开区科学技术局", "南开区");
        String id = api.post("/api/demands", ApiClient.json(demand(FIRM, "南开区", "激光测距模组温漂补偿")), firm)
                .json().get("id").asString();
        Map<String, Object> edit = demand(FIRM, "南开区", "激光测距模组温度漂移补偿");
        edit.put("version", 1);
        assertThat(api.put("/api/demands/" + id, ApiClient.json(edit), firm).status()).isEqualTo(200);
        assertThat(api.delete("/api/demands/" + id, official).status()).isEqualTo(200);
        assertThat(api.put("/api/demands/" + id, ApiClient.json(edit), ApiClient.basic("audit-firm", "wrong-pass"))
                .status()).isEqualTo(401);

        JsonNode log = api.get("/api/audit", Map.of("recordId", id), official).json();
        assertThat(log.get("total").asLong()).as("create, update, close; the refused write left nothing").isEqualTo(3);
        JsonNode closed = log.get("items").get(0);
        JsonNode updated = log.get("items").get(1);
        JsonNode created = log.get("items").get(2);
        assertThat(created.get("action").asString()).isEqualTo("创建");
        assertThat(created.get("username").asString()).isEqualTo("audit-firm");
        assertThat(created.get("organisation").asString()).isEqualTo(FIRM);
        assertThat(updated.get("action").asString()).isEqualTo("修改");
        assertThat(updated.get("changes")).hasSize(1);
        assertThat(updated.get("changes").get(0).get("field").asString()).isEqualTo("title");
        assertThat(updated.get("changes").get(0).get("before").asString()).isEqualTo("激光测距模组温漂补偿");
        assertThat(updated.get("changes").get(0).get("after").asString()).isEqualTo("激光测距模组温度漂移补偿");
        assertThat(closed.get("action").asString()).isEqualTo("状态变更");
        assertThat(closed.get("username").asString()).isEqualTo("audit-official");
        assertThat(closed.get("role").asString()).isEqualTo("OFFICIAL");
        assertThat(closed.get("summary").asString()).contains("征集中").contains("已关闭");
        assertThat(closed.get("at").asString()).isNotBlank();

        assertThat(api.get("/api/audit", Map.of("user", "audit-firm", "recordId", id), official).json()
                .get("total").asLong()).isEqualTo(2);
        assertThat(api.get("/api/audit", Map.of("recordId", id, "from", "2000-01-01", "to", "2000-12-31"), official)
                .json().get("total").asLong()).isZero();
        JsonNode firstPage = api.get("/api/audit", Map.of("recordId", id, "size", "2"), official).json();
        JsonNode secondPage = api.get("/api/audit", Map.of("recordId", id, "size", "2", "page", "2"), official).json();
        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.get("items").get(0).get("action").asString()).isEqualTo("创建");

        ApiClient.Response badRange = api.get("/api/audit", Map.of("from", "昨天"), official);
        assertThat(badRange.status()).isEqualTo(400);
        assertThat(badRange.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(api.get("/api/audit", Map.of(), firm).status()).isEqualTo(403);
        assertThat(api.get("/api/audit", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void accountsAndTokensAreAuditedWithoutTheirSecrets() {
        String[] official = account("audit-reader", "OFFICIAL", "天津市科学技术局", null);
        account("audited-user", "REVIEWER", "南开大学", null);
        ApiClient.Response assigned = api.put("/api/accounts/audited-user/assignments",
                ApiClient.json(Map.of("challengeIds", List.of("CHL-000009"))), official);
        assertThat(assigned.status()).isEqualTo(200);
        JsonNode log = api.get("/api/audit", Map.of("user", "audit-reader"), official).json();
        assertThat(log.get("items").get(0).get("changes").get(0).get("field").asString())
                .isEqualTo("assignedChallenges");
        assertThat(api.get("/api/audit", Map.of("size", "200"), official).body()).doesNotContain("$2a$")
                .doesNotContain("Secret-Pass-2026");
    }
}
