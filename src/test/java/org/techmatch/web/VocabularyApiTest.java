package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The vocabularies the forms offer are public and are exactly values the API accepts. */
class VocabularyApiTest extends ApiTestBase {

    @Test
    void anyoneReadsTheVocabulariesAndEveryOfferedValueIsAccepted() {
        ApiClient.Response response = api.get("/api/vocabularies", Map.of());
        assertThat(response.status()).isEqualTo(200);
        JsonNode v = response.json();
        assertThat(strings(v.get("techFields"))).contains("电子信息", "新材料").hasSize(8);
        assertThat(strings(v.get("districts"))).contains("滨海新区", "南开区").hasSize(16);
        assertThat(v.get("industries").get(0).get("code").asString()).matches("[A-Z]\\d\\d");
        assertThat(v.get("industries").get(0).get("name").asString()).contains("——");

        List<String> maturities = strings(v.get("maturities"));
        List<String> modes = strings(v.get("transferModes"));
        List<String> visibilities = strings(v.get("visibilities"));
        List<String> industries = new ArrayList<>();
        v.get("industries").forEach(i -> industries.add(i.get("code").asString()));
        ApiClient writer = api.writingAs(ApiClient.CITY_OFFICIAL);
        for (int i = 0; i < maturities.size(); i++) {
            String body = ApiClient.json(Map.of("title", "焊缝在线检测需求 " + i, "description", "需要机器视觉检测焊缝表面缺陷。",
                    "enterprise", Map.of("name", "天津测试钢构有限公司", "kind", strings(v.get("orgKinds")).get(i % 4)),
                    "techField", strings(v.get("techFields")).get(i), "expectedMaturity", maturities.get(i),
                    "industry", industries.get(i * 17 % industries.size()), "cooperationModes", List.of(modes.get(i)),
                    "region", strings(v.get("regions")).get(i * 7), "visibility", visibilities.get(i % visibilities.size())));
            ApiClient.Response created = writer.post("/api/demands", body);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
