package org.techmatch.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * 我的 for an enterprise (its demands with what happened to each, its dockings), the reminder 14 days before a
 * demand's validity ends, and the one-click renewal (by six months or to a chosen day, reopening an expired demand,
 * audited, only by the owner).
 */
class WorkspaceRenewalApiTest extends FixturesApiTestBase {
    private static final String ORG = "天津滨海启元细胞治疗技术有限公司";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private JsonNode create(String title, LocalDate validUntil) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "细胞冻存液需要降低二甲基亚砜含量，同时保证复苏存活率。");
        body.put("enterprise", Map.of("name", ORG));
        body.put("techField", "生物医药");
        body.put("region", "滨海新区");
        body.put("validUntil", validUntil.toString());
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(body), ENTERPRISE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private boolean reminded(String id) {
        return api.get("/api/me/reminders", Map.of(), ENTERPRISE).json().valueStream()
                .anyMatch(r -> r.get("demandId").asString().equals(id));
    }

    @Test
    void aDemandEndingWithin14DaysIsRemindedAndRenewedBySixMonths() {
        JsonNode soon = create("续期测试：低毒冻存液", TODAY.plusDays(5));
        JsonNode later = create("续期测试：远期需求", TODAY.plusDays(40));
        String id = soon.get("id").asString();
        assertThat(reminded(id)).isTrue();
        assertThat(reminded(later.get("id").asString())).isFalse();
        JsonNode reminder = api.get("/api/me/reminders", Map.of(), ENTERPRISE).json().valueStream()
                .filter(r -> r.get("demandId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(reminder.get("daysLeft").asInt()).isEqualTo(5);
        assertThat(reminder.get("message").asString()).contains("5 天");
        assertThat(api.get("/api/me/reminders", Map.of(), UNIVERSITY).body()).doesNotContain(id);

        String[] other = account("renew-other", "ENTERPRISE", "天津别家生物有限公司", "滨海新区");
        assertThat(api.post("/api/demands/" + id + "/renew", "{}", other).status()).isEqualTo(403);
        assertThat(api.post("/api/demands/" + id + "/renew", "{}", UNIVERSITY).status()).isEqualTo(403);

        ApiClient.Response renewed = api.post("/api/demands/" + id + "/renew", "{}", ENTERPRISE);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.json().get("validUntil").asString()).isEqualTo(TODAY.plusDays(5).plusMonths(6).toString());
        assertThat(reminded(id)).isFalse();
        assertThat(api.get("/api/audit", Map.of("recordId", id), OFFICIAL).body()).contains("validUntil");
    }

    @Test
    void anExpiredDemandReopensAtAChosenDayNeverAPastOne() {
        JsonNode demand = create("续期测试：已过期需求", TODAY.plusDays(2));
        String id = demand.get("id").asString();
        Map<String, Object> expired = new LinkedHashMap<>();
        demand.properties().forEach(e -> expired.put(e.getKey(), e.getValue()));
        expired.put("status", "已过期");
        ApiClient.Response moved = api.put("/api/demands/" + id, ApiClient.json(expired), ENTERPRISE);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(reminded(id)).as("an expired demand is reminded too").isTrue();

        ApiClient.Response past = api.post("/api/demands/" + id + "/renew",
                ApiClient.json(Map.of("validUntil", TODAY.minusDays(1).toString())), ENTERPRISE);
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("validUntil");

        LocalDate chosen = TODAY.plusMonths(3);
        ApiClient.Response renewed = api.post("/api/demands/" + id + "/renew",
                ApiClient.json(Map.of("validUntil", chosen.toString())), ENTERPRISE);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.json().get("status").asString()).isEqualTo("征集中");
        assertThat(renewed.json().get("validUntil").asString()).isEqualTo(chosen.toString());
    }

    @Test
    void myRecordsShowStatusMatchesAndDockings() {
        ApiClient.Response records = api.get("/api/me/records", Map.of(), ENTERPRISE);
        assertThat(records.status()).as(records.body()).isEqualTo(200);
        JsonNode me = records.json();
        assertThat(me.get("organisation").asString()).isEqualTo(ORG);
        JsonNode dem76 = me.get("demands").valueStream().filter(d -> d.get("id").asString().equals("DEM-000076"))
                .findFirst().orElseThrow();
        assertThat(dem76.get("dockings").valueStream().map(d -> d.get("id").asString())).contains("DKG-000017");
        assertThat(dem76.get("events").toString()).contains("DKG-000017");
        assertThat(me.get("dockings").valueStream().map(d -> d.get("id").asString())).contains("DKG-000017");
        assertThat(me.get("demands").valueStream().allMatch(d -> d.get("title") != null)).isTrue();

        assertThat(api.get("/api/me/records", Map.of()).status()).isEqualTo(401);
        JsonNode university = api.get("/api/me/records", Map.of(), UNIVERSITY).json();
        assertThat(university.get("achievements").size()).as("天津大学 owns fixture achievements").isPositive();
        assertThat(university.get("achievements").valueStream()
                .anyMatch(a -> a.path("goodMatches").isNumber())).isTrue();
    }
}
