package org.techmatch.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * The audit log shows an official only entries of records it may read, and their before and after as the record
 * itself shows them: an official of another district reads neither a confidential demand's contact nor its enterprise
 * in the log, nor anything of another district's draft challenge or docking.
 */
class AuditAccessTest extends FixturesApiTestBase {
    static final String FIRM = "天津南开精测光电有限公司";
    static final String OLD_PHONE = "022-87650001";
    static final String NEW_PHONE = "022-87650002";

    private static Map<String, Object> demand(String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "光栅尺细分误差在线补偿");
        body.put("description", "需要提升光栅尺细分精度。");
        body.put("enterprise", Map.of("name", FIRM));
        body.put("contact", Map.of("person", "邹工", "phone", phone, "email", "zou.audit@example.com"));
        body.put("region", "南开区");
        body.put("visibility", "仅技术经理人可见");
        return body;
    }

    @Test
    void aConfidentialDemandsContactIsRedactedInTheLogAsInTheRecord() {
        String id = api.post("/api/demands", ApiClient.json(demand(OLD_PHONE)), ApiClient.CITY_OFFICIAL).json()
                .get("id").asString();
        Map<String, Object> edit = demand(NEW_PHONE);
        edit.put("version", 1);
        assertThat(api.put("/api/demands/" + id, ApiClient.json(edit), ApiClient.CITY_OFFICIAL).status())
                .isEqualTo(200);

        ApiClient.Response otherDistrict = api.get("/api/audit", Map.of("recordId", id), OFFICIAL);
        assertThat(otherDistrict.status()).isEqualTo(200);
        assertThat(otherDistrict.json().get("total").asLong()).as("the demand is published: its entries are listed")
                .isEqualTo(2);
        assertThat(otherDistrict.body()).doesNotContain(OLD_PHONE, NEW_PHONE, FIRM, "zou.audit@example.com");
        assertThat(api.get("/api/demands/" + id, Map.of(), OFFICIAL).body()).doesNotContain(NEW_PHONE, FIRM);

        String[] nankai = account("audit-access-nankai", "OFFICIAL", "南开区科学技术局", "南开区");
        JsonNode own = api.get("/api/audit", Map.of("recordId", id), nankai).json();
        JsonNode change = own.get("items").get(0).get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("contact");
        assertThat(change.get("before").asString()).contains(OLD_PHONE);
        assertThat(change.get("after").asString()).contains(NEW_PHONE);
    }

    @Test
    void entriesOfRecordsTheOfficialMayNotReadAreNotListedNorCounted() {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "审计可见性测试草稿榜单");
        draft.put("problem", "仅用于测试。");
        draft.put("office", Map.of("name", "北辰区科学技术局", "district", "北辰区"));
        ApiClient.Response created = api.post("/api/challenges", ApiClient.json(draft), ApiClient.CITY_OFFICIAL);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.get("/api/audit", Map.of("recordId", id), ApiClient.CITY_OFFICIAL).json().get("total")
                .asLong()).isEqualTo(1);

        ApiClient.Response hidden = api.get("/api/audit", Map.of("recordId", id), OFFICIAL);
        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.json().get("total").asLong()).isZero();
        assertThat(hidden.body()).doesNotContain("审计可见性测试草稿榜单");

        JsonNode all = api.get("/api/audit", Map.of("size", "200"), OFFICIAL).json();
        List<String> ids = new java.util.ArrayList<>();
        all.get("items").forEach(entry -> entry.get("recordIds").forEach(r -> ids.add(r.asString())));
        assertThat(ids).doesNotContain(id);
        assertThat(all.toString()).doesNotContain("审计可见性测试草稿榜单");
    }
}
