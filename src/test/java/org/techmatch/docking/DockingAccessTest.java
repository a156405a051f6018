package org.techmatch.docking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * Who reads which docking, over HTTP with the fixtures: the managers of its managing organisation, the officials of
 * its district and the two parties; nobody else finds it, by id, in a search or on the workbench. A confidential
 * demand's enterprise reaches the supply party only once they have met.
 */
class DockingAccessTest extends FixturesApiTestBase {
    /** DKG-000006: managed by 滨海新区技术经理人协会 (not the demo manager's 天津市技术转移中心), signed for 180 万元. */
    static final String OTHER_CENTRES_DOCKING = "DKG-000006";
    static final String OTHER_CENTRES_CONTRACT_NOTE = "试用 6 个月合格后按每套阀门 800 元付费";
    static final String OTHER_CENTRES_STEP_NOTE = "协商先使用后付费方案";
    /** DKG-000003: 河北工业大学 (the demo reviewer's university) is its supply side. */
    static final String REVIEWERS_UNIVERSITY_DOCKING = "DKG-000003";
    /** DKG-000018: 西青区, confidential demand of 天津西青博安生物诊断有限公司, still at 初步介绍. */
    static final String CONFIDENTIAL_INTRODUCTION = "DKG-000018";
    static final String CONFIDENTIAL_ENTERPRISE = "天津西青博安生物诊断有限公司";
    /** DKG-000017: 滨海新区, the demo enterprise's confidential demand, at 见面洽谈. */
    static final String CONFIDENTIAL_MET = "DKG-000017";
    static final String DEMO_ENTERPRISE = "天津滨海启元细胞治疗技术有限公司";
    static final String HOSPITAL = "中国医学科学院血液病医院";

    @Test
    void aManagerReadsOnlyTheDockingsOfItsOwnOrganisation() {
        JsonNode other = api.get("/api/dockings/" + OTHER_CENTRES_DOCKING, Map.of(), ApiClient.CITY_OFFICIAL).json();
        assertThat(other.get("manager").get("organisation").asString()).isEqualTo("滨海新区技术经理人协会");

        ApiClient.Response refused = api.get("/api/dockings/" + OTHER_CENTRES_DOCKING, Map.of(), MANAGER);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(OTHER_CENTRES_CONTRACT_NOTE, OTHER_CENTRES_STEP_NOTE,
                "滨海新区技术经理人协会", "180");

        ApiClient.Response own = api.get("/api/dockings/DKG-000001", Map.of(), MANAGER);
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void aManagersSearchFindsAndCountsOnlyItsOrganisationsDockings() {
        JsonNode page = api.get("/api/dockings", Map.of("size", "100"), MANAGER).json();
        assertThat(page.get("total").asLong()).isEqualTo(11);
        assertThat(managerOrganisations(page)).containsOnly("天津市技术转移中心");
        assertThat(page.toString()).doesNotContain(OTHER_CENTRES_CONTRACT_NOTE, OTHER_CENTRES_STEP_NOTE);

        JsonNode searched = api.get("/api/dockings", Map.of("q", "先使用后付费"), MANAGER).json();
        assertThat(searched.get("total").asLong()).isZero();
    }

    @Test
    void aReviewerReadsNoDockingEvenWhereItsUniversityIsAParty() {
        JsonNode docking = api.get("/api/dockings/" + REVIEWERS_UNIVERSITY_DOCKING, Map.of(), ApiClient.CITY_OFFICIAL)
                .json();
        assertThat(docking.get("supplySide").get("name").asString()).isEqualTo("河北工业大学");
        ApiClient.Response refused = api.get("/api/dockings/" + REVIEWERS_UNIVERSITY_DOCKING, Map.of(), REVIEWER);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("天津武清冷暖空调配件有限公司", "推荐低银钎料成果");
    }

    @Test
    void anOfficialReadsOnlyTheDockingsOfItsDistrict() {
        ApiClient.Response refused = api.get("/api/dockings/" + CONFIDENTIAL_INTRODUCTION, Map.of(), OFFICIAL);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(CONFIDENTIAL_ENTERPRISE);

        JsonNode page = api.get("/api/dockings", Map.of("size", "100"), OFFICIAL).json();
        assertThat(page.get("total").asLong()).isEqualTo(6);
        List<String> regions = new ArrayList<>();
        page.get("items").forEach(hit -> regions.add(hit.get("record").get("region").asString()));
        assertThat(regions).containsOnly("滨海新区");
        assertThat(page.toString()).doesNotContain(CONFIDENTIAL_ENTERPRISE, "天津西青");

        JsonNode bench = api.get("/api/dockings/workbench", Map.of(), OFFICIAL).json();
        List<String> open = new ArrayList<>();
        bench.get("open").forEach(item -> open.add(item.get("id").asString()));
        assertThat(open).containsExactlyInAnyOrder("DKG-000014", "DKG-000016", "DKG-000017", "DKG-000019");
    }

    @Test
    void theSupplyPartyLearnsAConfidentialEnterpriseOnlyOnceTheyHaveMet() {
        String[] hospital = account("access-hospital", "UNIVERSITY", HOSPITAL, null);

        ApiClient.Response introduced = api.get("/api/dockings/" + CONFIDENTIAL_INTRODUCTION, Map.of(), hospital);
        assertThat(introduced.status()).isEqualTo(200);
        assertThat(introduced.body()).doesNotContain(CONFIDENTIAL_ENTERPRISE);

        ApiClient.Response met = api.get("/api/dockings/" + CONFIDENTIAL_MET, Map.of(), hospital);
        assertThat(met.status()).isEqualTo(200);
        assertThat(met.json().get("demandSide").get("name").asString()).isEqualTo(DEMO_ENTERPRISE);

        ApiClient.Response owner = api.get("/api/dockings/" + CONFIDENTIAL_MET, Map.of(), ENTERPRISE);
        assertThat(owner.status()).isEqualTo(200);
        assertThat(api.get("/api/dockings/" + CONFIDENTIAL_INTRODUCTION, Map.of(), ENTERPRISE).status())
                .isEqualTo(404);
    }

    private static List<String> managerOrganisations(JsonNode page) {
        List<String> organisations = new ArrayList<>();
        page.get("items").forEach(hit -> organisations.add(hit.get("record").get("manager").get("organisation")
                .asString()));
        return organisations;
    }
}
