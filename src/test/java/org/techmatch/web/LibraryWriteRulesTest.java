package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The write side of the library records' one door (catalog.RecordAccess applied by LibraryService): what a PUT or
 * POST body may not do whoever sends it, and what a search for unpublished records finds for whom.
 */
class LibraryWriteRulesTest extends FixturesApiTestBase {

    @Test
    void anOfficialCannotMoveADemandOfItsDistrictIntoAnother() {
        JsonNode before = api.get("/api/demands/DEM-000010", Map.of(), OFFICIAL).json();
        assertThat(before.get("region").asString()).isEqualTo("滨海新区");
        ObjectNode moved = (ObjectNode) before.deepCopy();
        moved.put("region", "南开区");

        ApiClient.Response refused = api.put("/api/demands/DEM-000010", moved.toString(), OFFICIAL);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("本区（滨海新区）");
        JsonNode after = api.get("/api/demands/DEM-000010", Map.of(), OFFICIAL).json();
        assertThat(after.get("region").asString()).isEqualTo("滨海新区");
        assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
    }

    @Test
    void aCreateTakesNeitherItsIdentityDatesNorAStatusOtherThanDraftFromItsBody() {
        Map<String, Object> body = achievement("服务器字段测试成果");
        body.put("id", "ACH-999999");
        body.put("version", 7);
        body.put("status", "已转化");
        body.put("createdAt", "2020-01-01T08:00:00+08:00");
        body.put("updatedAt", "2020-01-02T08:00:00+08:00");

        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(body), UNIVERSITY);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode stored = api.get("/api/achievements/" + created.json().get("id").asString(), Map.of(), MANAGER)
                .json();
        assertThat(stored.get("id").asString()).isNotEqualTo("ACH-999999");
        assertThat(stored.get("version").asLong()).isEqualTo(1);
        assertThat(stored.get("status").asString()).isEqualTo("已发布");
        assertThat(stored.get("createdAt").asString()).doesNotStartWith("2020");
        assertThat(stored.get("updatedAt").asString()).isEqualTo(stored.get("createdAt").asString());

        Map<String, Object> draft = achievement("草稿状态保留测试成果");
        draft.put("status", "草稿");
        ApiClient.Response savedDraft = api.post("/api/achievements", ApiClient.json(draft), UNIVERSITY);
        assertThat(savedDraft.status()).as(savedDraft.body()).isEqualTo(201);
        assertThat(savedDraft.json().get("status").asString()).isEqualTo("草稿");
    }

    @Test
    void aSearchForUnpublishedRecordsFindsOnlyThoseTheViewerMayRead() {
        String drafts = "草稿,已关闭,已解决,已过期";
        JsonNode own = api.get("/api/demands", Map.of("status", drafts, "size", "100"), ENTERPRISE).json();
        own.get("items").forEach(hit -> assertThat(hit.get("record").get("enterprise").get("name").asString())
                .isEqualTo("天津滨海启元细胞治疗技术有限公司"));
        assertThat(own.get("total").asLong()).isEqualTo(own.get("items").size());

        JsonNode everyone = api.get("/api/demands", Map.of("status", drafts, "size", "100"), MANAGER).json();
        assertThat(everyone.get("total").asLong()).isGreaterThan(10).isGreaterThan(own.get("total").asLong());

        JsonNode district = api.get("/api/demands", Map.of("status", drafts, "size", "100"), OFFICIAL).json();
        district.get("items").forEach(hit -> assertThat(hit.get("record").get("region").asString())
                .isEqualTo("滨海新区"));
        assertThat(district.get("total").asLong()).isLessThan(everyone.get("total").asLong());

        JsonNode anonymous = api.get("/api/demands", Map.of("status", drafts, "size", "100")).json();
        assertThat(anonymous.get("total").asLong()).isZero();
    }

    @Test
    void aLookAlikeOrganisationNameIsTheSameOrganisation() {
        Map<String, Object> body = achievement("零宽字符单位名测试成果");
        body.put("owner", Map.of("name", "天津\u200B大学", "kind", "高校"));
        ApiClient.Response own = api.post("/api/achievements", ApiClient.json(body), UNIVERSITY);
        assertThat(own.status()).as(own.body()).isEqualTo(201);

        ApiClient.Response other = api.post("/api/achievements", ApiClient.json(body), ENTERPRISE);
        assertThat(other.status()).as(other.body()).isEqualTo(403);
    }

    private static Map<String, Object> achievement(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title + "：用于检验写入规则的成果说明。");
        body.put("owner", Map.of("name", "天津大学", "kind", "高校"));
        body.put("techField", "电子信息");
        body.put("maturity", "通过中试");
        body.put("region", "南开区");
        return body;
    }
}
