package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;

/**
 * A draft challenge exists only for the managers and the officials of its office's district (city-level: all); for
 * everyone else it and everything beneath it (applications, milestones, transitions, moves) is a 404.
 */
class ChallengeAccessTest extends FixturesApiTestBase {
    /** CHL-000001: a draft of 北辰区科学技术局. */
    static final String DRAFT = "CHL-000001";
    static final String DRAFT_TITLE = "工业机器人高精度RV减速器国产化攻关";

    @Test
    void aDraftIsNotThereForAnOfficialOfAnotherDistrict() {
        for (String path : new String[] {"", "/applications", "/milestones", "/transitions"}) {
            ApiClient.Response refused = api.get("/api/challenges/" + DRAFT + path, Map.of(), OFFICIAL);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.body()).as(path).doesNotContain(DRAFT_TITLE, "北辰区科学技术局");
        }
        ApiClient.Response publish = api.post("/api/challenges/" + DRAFT + "/publish", "{}", OFFICIAL);
        assertThat(publish.status()).isEqualTo(404);
        assertThat(publish.body()).doesNotContain(DRAFT_TITLE, "北辰区科学技术局");

        ApiClient.Response drafts = api.get("/api/challenges", Map.of("status", "草稿"), OFFICIAL);
        assertThat(drafts.status()).isEqualTo(200);
        assertThat(drafts.body()).doesNotContain(DRAFT_TITLE, DRAFT);
    }

    @Test
    void aDraftsSubResourcesAreNotThereForApplicantsEither() {
        for (String[] viewer : new String[][] {UNIVERSITY, ENTERPRISE, REVIEWER}) {
            ApiClient.Response refused = api.get("/api/challenges/" + DRAFT + "/applications", Map.of(), viewer);
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain(DRAFT_TITLE);
        }
    }

    @Test
    void theOfficeOfTheDraftsDistrictAndManagersReadIt() {
        String[] beichen = account("access-beichen-official", "OFFICIAL", "北辰区科学技术局", "北辰区");
        for (String[] viewer : new String[][] {beichen, MANAGER, ApiClient.CITY_OFFICIAL}) {
            ApiClient.Response read = api.get("/api/challenges/" + DRAFT, Map.of(), viewer);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("title").asString()).isEqualTo(DRAFT_TITLE);
            assertThat(api.get("/api/challenges/" + DRAFT + "/applications", Map.of(), viewer).status())
                    .isEqualTo(200);
        }
        ApiClient.Response drafts = api.get("/api/challenges", Map.of("status", "草稿"), beichen);
        assertThat(drafts.body()).contains(DRAFT_TITLE);
    }

    @Test
    void aPublishedChallengeOfAnotherDistrictIsRefusedWithoutNamingItsOffice() {
        // CHL-000004 runs in 东丽区; the demo official answers for 滨海新区
        ApiClient.Response refused = api.post("/api/challenges/CHL-000004/terminate",
                ApiClient.json(Map.of("reason", "测试")), OFFICIAL);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("东丽区").contains("滨海新区");
    }
}
