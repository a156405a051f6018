package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.FixturesApiTestBase;

/**
 * Applications are read by the applicant itself, the officials of the challenge's district, the managers and the
 * reviewers assigned to the challenge; refusals never name the applicant; the team contact's phone and e-mail are
 * not shown to reviewers.
 */
class ApplicationAccessTest extends FixturesApiTestBase {
    /** APP-000005: 中国汽车技术研究中心有限公司's bid for CHL-000004 (东丽区), contact 卜工. */
    static final String OTHERS_BID = "/api/challenges/CHL-000004/applications/APP-000005";
    static final String OTHER_APPLICANT = "中国汽车技术研究中心有限公司";
    static final String[] OTHER_CONTACT = {"022-24376619", "buhw@example.com"};
    static final String OTHER_COMMENT = "封装工艺积累不足";
    /** APP-000004: the demo university's (天津大学) own bid, reviewed by 钱教授. */
    static final String OWN_BID = "/api/challenges/CHL-000004/applications/APP-000004";

    @Test
    void anotherApplicantsBidIsNotThereAndARefusalNamesNobody() {
        ApiClient.Response read = api.get(OTHERS_BID, Map.of(), UNIVERSITY);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain(OTHER_APPLICANT).doesNotContain(OTHER_CONTACT);

        ApiClient.Response withdraw = api.delete(OTHERS_BID, UNIVERSITY);
        assertThat(withdraw.status()).isEqualTo(404);
        assertThat(withdraw.body()).doesNotContain(OTHER_APPLICANT);

        ApiClient.Response byReviewer = api.delete(OTHERS_BID, REVIEWER);
        assertThat(byReviewer.status()).isEqualTo(403);
        assertThat(byReviewer.body()).doesNotContain(OTHER_APPLICANT);
        assertThat(api.get(OTHERS_BID, Map.of(), ApiClient.CITY_OFFICIAL).json().get("status").asString())
                .isNotEqualTo("已撤回");
    }

    @Test
    void anAssignedReviewerReadsTheBidsButNotTheContactsPhoneOrEmail() {
        ApiClient.Response read = api.get(OTHERS_BID, Map.of(), REVIEWER);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("applicant").get("name").asString()).isEqualTo(OTHER_APPLICANT);
        assertThat(read.body()).doesNotContain(OTHER_CONTACT);
        ApiClient.Response list = api.get("/api/challenges/CHL-000004/applications", Map.of(), REVIEWER);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(OTHER_APPLICANT).doesNotContain(OTHER_CONTACT);
    }

    @Test
    void anOfficialOfAnotherDistrictReadsNoBidOfTheChallenge() {
        ApiClient.Response read = api.get(OTHERS_BID, Map.of(), OFFICIAL);
        assertThat(read.status()).isEqualTo(404);
        ApiClient.Response list = api.get("/api/challenges/CHL-000004/applications", Map.of(), OFFICIAL);
        assertThat(list.body()).doesNotContain(OTHER_APPLICANT, OTHER_COMMENT, "钱教授").doesNotContain(OTHER_CONTACT);
    }

    @Test
    void managersAndTheDistrictsOfficeReadEverything() {
        String[] dongli = account("access-dongli-official", "OFFICIAL", "东丽区科学技术局", "东丽区");
        for (String[] viewer : new String[][] {MANAGER, dongli}) {
            ApiClient.Response read = api.get(OTHERS_BID, Map.of(), viewer);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body()).contains(OTHER_CONTACT).contains(OTHER_COMMENT, "钱教授");
        }
    }

    @Test
    void theApplicantReadsItsOwnBidWithScoresAndCommentsButNoReviewerNames() {
        ApiClient.Response own = api.get(OWN_BID, Map.of(), UNIVERSITY);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("022-23015430", "方案成熟，团队有量产经验").doesNotContain("钱教授");
        ApiClient.Response list = api.get("/api/challenges/CHL-000004/applications", Map.of(), UNIVERSITY);
        assertThat(list.body()).doesNotContain(OTHER_APPLICANT, OTHER_COMMENT).doesNotContain(OTHER_CONTACT);
    }
}
