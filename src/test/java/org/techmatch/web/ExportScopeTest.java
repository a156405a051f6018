package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An export holds what a search by the same viewer shows: an official of 南开区 exporting achievements gets the
 * published records of other districts without their contacts' phone and e-mail (personal data), none of their
 * unpublished records, and the full contacts of the records of 南开区.
 */
class ExportScopeTest extends ApiTestBase {
    private static final String[] HEPING = ApiClient.as("UNIVERSITY", "天津和平工程技术研究院");
    private static final String[] NANKAI = ApiClient.as("UNIVERSITY", "南开大学");

    @Test
    void aDistrictOfficialsCsvExportHoldsNoPersonalDataAndNoUnpublishedRecordOfAnotherDistrict() {
        String run = Long.toString(System.nanoTime(), 36);
        create(HEPING, "天津和平工程技术研究院", "和平区", "和平区公开成果" + run, "已发布", "022-23001000",
                "heping-" + run + "@example.com");
        create(HEPING, "天津和平工程技术研究院", "和平区", "和平区草稿成果" + run, "草稿", "022-23002000",
                "draft-" + run + "@example.com");
        create(NANKAI, "南开大学", "南开区", "南开区本区成果" + run, "草稿", "022-23503000", "nankai-" + run + "@example.com");
        String[] official = api.districtOfficial("南开区");

        for (String path : new String[] {"/api/exports/achievements?format=csv",
                "/api/exports/achievements?format=csv&q=" + run + "&status=已发布,草稿"}) {
            HttpResponse<byte[]> export = api.download(path, official);
            assertThat(export.statusCode()).as(path).isEqualTo(200);
            String csv = new String(export.body(), StandardCharsets.UTF_8);
            assertThat(csv).as(path).contains("和平区公开成果" + run, "南开区本区成果" + run, "nankai-" + run + "@example.com")
                    .doesNotContain("heping-" + run + "@example.com", "022-23001000")
                    .doesNotContain("和平区草稿成果" + run, "draft-" + run + "@example.com");
        }
    }

    private void create(String[] owner, String organisation, String region, String title, String status, String phone,
                        String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title + "：用于检验导出只含读者可读的记录与字段。");
        body.put("owner", Map.of("name", organisation, "kind", "高校"));
        body.put("contact", Map.of("person", "联系人" + title.length(), "phone", phone, "email", email));
        body.put("techField", "新材料");
        body.put("maturity", "通过中试");
        body.put("region", region);
        body.put("status", status);
        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(body), owner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
}
