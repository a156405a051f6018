package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The expert library over real HTTP: create, search in Chinese, versions, soft delete, links, bad input. */
class ExpertApiTest extends ApiTestBase {

    /** These tests are about the records, not about who may write them: writes are made by a city-level official. */
    @Override
    @org.junit.jupiter.api.BeforeEach
    protected void client() {
        super.client();
        api = api.writingAs(ApiClient.CITY_OFFICIAL);
    }
    private static final Map<String, String> EVERY_STATUS = Map.of("status", "在库,停用");

    static Map<String, Object> team(String name, String leader, String org, String orgKind, String profile,
                                    List<String> areas, List<String> fields, List<String> achievementIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "团队");
        body.put("name", name);
        body.put("organisation", Map.of("name", org, "kind", orgKind));
        body.put("leader", leader);
        body.put("members", List.of(leader, "李晓梅", "陈刚"));
        body.put("professionalTitle", "教授");
        body.put("researchAreas", areas);
        body.put("techFields", fields);
        body.put("profile", profile);
        body.put("achievementIds", achievementIds);
        body.put("contact", Map.of("person", leader, "phone", "022-27401234", "email", "team@example.edu.cn"));
        body.put("region", "南开区");
        return body;
    }

    private String anAchievement(String title) {
        return api.post("/api/achievements", ApiClient.json(LibraryApiTest.achievement(title,
                "采用原子层沉积在高镍正极颗粒表面包覆纳米氧化铝层，循环 1000 次容量保持率 92%。", "新能源与节能", "通过中试",
                "南开区", Map.of("minWan", 80, "maxWan", 120), "许可"))).json().get("id").asString();
    }

    @Test
    void aCreatedTeamWithALinkedAchievementIsReadBackAndFoundByItsResearchArea() {
        String achievementId = anAchievement("高镍正极材料原子层沉积包覆技术");
        ApiClient.Response created = api.post("/api/experts", ApiClient.json(team("储能材料与界面工程团队", "王立新",
                "天津大学", "高校", "长期从事锂离子电池正极材料表面改性与固态电解质界面研究，可承接材料中试放大与失效分析。",
                List.of("高镍正极材料", "原子层沉积包覆", "固态电池界面"), List.of("新能源与节能", "新材料"),
                List.of(achievementId))));

        assertThat(created.status()).isEqualTo(201);
        JsonNode team = created.json();
        String id = team.get("id").asString();
        assertThat(id).matches("EXP-\\d{6}");
        assertThat(created.headers().get("location").getFirst()).endsWith("/api/experts/" + id);
        assertThat(team.get("version").asLong()).isEqualTo(1);
        assertThat(team.get("status").asString()).isEqualTo("在库");
        assertThat(team.get("kind").asString()).isEqualTo("团队");
        assertThat(team.get("achievementIds").get(0).asString()).isEqualTo(achievementId);
        assertThat(team.has("title")).as("the display title is the name, not a second property").isFalse();

        JsonNode read = api.get("/api/experts/" + id, Map.of()).json();
        assertThat(read.get("name").asString()).isEqualTo("储能材料与界面工程团队");
        assertThat(read.get("techFields")).extracting(JsonNode::asString).containsExactly("新能源与节能", "新材料");

        JsonNode found = api.get("/api/experts", Map.of("q", "固态电池界面")).json();
        assertThat(ids(found)).contains(id);
        JsonNode byName = api.get("/api/experts", Map.of("q", "储能材料团队")).json();
        assertThat(ids(byName)).first().isEqualTo(id);
        assertThat(byName.get("items").get(0).get("highlights").get("name").asString()).contains("<em>");
        // the leader's name finds the team: brokers ask for "王立新的团队"
        assertThat(ids(api.get("/api/experts", Map.of("q", "王立新")).json())).contains(id);
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        Map<String, Object> body = team("工业视觉检测团队", "冯志远", "河北工业大学", "高校", "机器视觉与焊缝缺陷检测。",
                List.of("机器视觉"), List.of("电子信息"), List.of());
        JsonNode created = api.post("/api/experts", ApiClient.json(body)).json();
        String id = created.get("id").asString();

        body.put("version", 1);
        body.put("researchAreas", List.of("机器视觉", "焊缝跟踪"));
        ApiClient.Response first = api.put("/api/experts/" + id, ApiClient.json(body));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(2);
        assertThat(first.headers().get("etag").getFirst()).contains("2");

        body.put("name", "被覆盖的名称");
        ApiClient.Response stale = api.put("/api/experts/" + id, ApiClient.json(body));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);

        JsonNode now = api.get("/api/experts/" + id, Map.of()).json();
        assertThat(now.get("name").asString()).isEqualTo("工业视觉检测团队");
        assertThat(now.get("researchAreas")).hasSize(2);
        assertThat(now.get("createdAt").asString()).isEqualTo(created.get("createdAt").asString());
    }

    @Test
    void aRetiredExpertLeavesDefaultSearchesButIsKept() {
        String marker = "停用测试" + System.nanoTime() % 100000;
        String id = api.post("/api/experts", ApiClient.json(team(marker + "团队", "赵立军", "天津城建大学", "高校",
                "泵站自动化。", List.of("泵站远程监控"), List.of("先进制造与自动化"), List.of()))).json().get("id").asString();

        ApiClient.Response retired = api.delete("/api/experts/" + id);
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().get("status").asString()).isEqualTo("停用");
        assertThat(retired.json().get("version").asLong()).isEqualTo(2);
        assertThat(api.get("/api/experts", Map.of("q", marker)).json().get("total").asLong()).isZero();
        assertThat(api.get("/api/experts", Map.of("q", marker, "status", "停用"), ApiClient.CITY_OFFICIAL).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/experts/" + id, Map.of(), ApiClient.CITY_OFFICIAL).status()).isEqualTo(200);
        assertThat(api.get("/api/experts/" + id, Map.of()).status()).as("not listed: gone for visitors").isEqualTo(404);
    }

    @Test
    void filtersNarrowByKindFieldAndOrganisationAndFacetsCountThem() {
        String marker = "筛选测试" + System.nanoTime() % 100000;
        Map<String, Object> person = team(marker + " 郭晓峰", "郭晓峰", "南开大学", "高校", marker + " 激光光谱气体检测。",
                List.of("激光光谱"), List.of("电子信息"), List.of());
        person.put("kind", "专家");
        person.remove("leader");
        person.remove("members");
        List<Map<String, Object>> bodies = List.of(person,
                team(marker + " 合成生物学团队", "巫志宏", "中国科学院天津工业生物技术研究所", "科研院所", marker + " 一碳生物转化。",
                        List.of("合成生物学"), List.of("生物与新医药"), List.of()),
                team(marker + " 膜分离团队", "邹海峰", "天津大学", "高校", marker + " 高盐废水分盐。",
                        List.of("膜分离"), List.of("资源与环境", "新材料"), List.of()));
        bodies.forEach(b -> assertThat(api.post("/api/experts", ApiClient.json(b)).status()).isEqualTo(201));

        JsonNode all = api.get("/api/experts", Map.of("q", marker)).json();
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(facet(all, "kind")).containsEntry("团队", 2L).containsEntry("专家", 1L);
        assertThat(facet(all, "orgKind")).containsEntry("高校", 2L).containsEntry("科研院所", 1L);
        assertThat(facet(all, "techField")).containsEntry("新材料", 1L).containsEntry("资源与环境", 1L)
                .containsEntry("电子信息", 1L).containsEntry("生物与新医药", 1L);

        assertThat(api.get("/api/experts", Map.of("q", marker, "kind", "专家")).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/experts", Map.of("q", marker, "techField", "新材料,生物医药")).json()
                .get("total").asLong()).isEqualTo(2);
        assertThat(api.get("/api/experts", Map.of("q", marker, "orgKind", "科研院所")).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/experts", Map.of("q", marker, "organisation", "天津大学")).json().get("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void anExpertsContactReachesManagersAndItsOwnOrganisationButNotTheAnonymousPublic() {
        String id = api.post("/api/experts", ApiClient.json(team("航空发动机健康管理团队", "邵振飞", "中国民航大学", "高校",
                "孔探图像识别。", List.of("孔探"), List.of("航空航天"), List.of()))).json().get("id").asString();

        ApiClient.Response anonymous = api.get("/api/experts/" + id, Map.of());
        assertThat(anonymous.body()).contains("航空发动机健康管理团队").doesNotContain("022-27401234")
                .doesNotContain("team@example.edu.cn");
        assertThat(api.get("/api/experts", Map.of("q", "航空发动机健康管理")).body()).doesNotContain("022-27401234");
        assertThat(api.get("/api/experts/" + id, Map.of(), "X-TechMatch-Role", "MANAGER").body())
                .contains("022-27401234");
        assertThat(api.get("/api/experts/" + id, Map.of(), "X-TechMatch-Role", "UNIVERSITY", "X-TechMatch-Org",
                URLEncoder.encode("中国民航大学", StandardCharsets.UTF_8)).body()).contains("team@example.edu.cn");
    }

    @Test
    void missingNameAndNeitherProfileNorResearchAreasAreRefusedWithChineseMessages() {
        Map<String, Object> body = team("占位", "王立新", "天津大学", "高校", null, List.of(), List.of("电子信息"), List.of());
        body.remove("name");
        ApiClient.Response response = api.post("/api/experts", ApiClient.json(body));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().get("content-type").getFirst()).startsWith("application/problem+json");
        assertThat(errors(response)).containsEntry("name", "必填")
                .containsEntry("profile", "简介（profile）与研究方向（researchAreas）至少填写一项");
    }

    @Test
    void aTeamWithoutLeaderOrTechFieldIsRefused() {
        Map<String, Object> body = team("无带头人团队", "王立新", "天津大学", "高校", "简介", List.of(), List.of(), List.of());
        body.remove("leader");
        assertThat(errors(api.post("/api/experts", ApiClient.json(body)))).containsEntry("leader", "必填")
                .containsEntry("techFields", "必填，至少一个技术领域");
    }

    @Test
    void aTitleFieldIsRefusedAsUnknownBecauseTheProfessionalTitleHasItsOwnField() {
        Map<String, Object> body = team("职称测试团队", "王立新", "天津大学", "高校", "简介", List.of(), List.of("电子信息"),
                List.of());
        body.put("title", "教授");
        assertThat(errors(api.post("/api/experts", ApiClient.json(body)))).containsEntry("title", "未知字段「title」");
    }

    @Test
    void anUnknownKindNamesTheFieldAndListsTheAcceptedValues() {
        Map<String, Object> body = team("课题组甲", "王立新", "天津大学", "高校", "简介", List.of(), List.of("电子信息"),
                List.of());
        body.put("kind", "小组");
        ApiClient.Response response = api.post("/api/experts", ApiClient.json(body));
        assertThat(response.status()).isEqualTo(400);
        assertThat(errors(response)).containsKey("kind");
        assertThat(errors(response).get("kind")).contains("专家类型").contains("专家、团队");
    }

    @Test
    void linksToMissingOrMalformedAchievementIdsAreRefusedOneByOneAndNothingIsStored() {
        String existing = anAchievement("用于关联校验的成果");
        long before = api.get("/api/experts", EVERY_STATUS, ApiClient.CITY_OFFICIAL).json().get("total").asLong();
        Map<String, Object> body = team("关联校验团队", "王立新", "天津大学", "高校", "简介", List.of(), List.of("电子信息"),
                List.of(existing, "ACH-999999", "DEM-000001", "成果一"));

        ApiClient.Response response = api.post("/api/experts", ApiClient.json(body));

        assertThat(response.status()).isEqualTo(400);
        Map<String, String> errors = errors(response);
        assertThat(errors).doesNotContainKey("achievementIds[0]")
                .containsEntry("achievementIds[1]", "科技成果库中没有编号为 ACH-999999 的成果")
                .containsEntry("achievementIds[2]", "应为科技成果编号，如 ACH-000123")
                .containsEntry("achievementIds[3]", "应为科技成果编号，如 ACH-000123");
        assertThat(api.get("/api/experts", EVERY_STATUS, ApiClient.CITY_OFFICIAL).json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void anUpdateThatAddsAMissingAchievementLinkIsRefusedAndTheExpertStaysAsItWas() {
        Map<String, Object> body = team("更新关联团队", "王立新", "天津大学", "高校", "简介", List.of(), List.of("电子信息"),
                List.of());
        String id = api.post("/api/experts", ApiClient.json(body)).json().get("id").asString();
        String stored = api.get("/api/experts/" + id, Map.of()).body();

        body.put("version", 1);
        body.put("achievementIds", List.of("ACH-888888"));
        ApiClient.Response response = api.put("/api/experts/" + id, ApiClient.json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(errors(response)).containsKey("achievementIds[0]");
        assertThat(api.get("/api/experts/" + id, Map.of()).body()).isEqualTo(stored);
    }

    @Test
    void amountFiltersAndAmountSortsDoNotExistForExperts() {
        ApiClient.Response price = api.get("/api/experts", Map.of("priceMax", "100"));
        assertThat(price.status()).isEqualTo(400);
        assertThat(errors(price).get("priceMax")).contains("未知的查询参数");
        ApiClient.Response sort = api.get("/api/experts", Map.of("sort", "amount_asc"));
        assertThat(sort.status()).isEqualTo(400);
        assertThat(errors(sort).get("sort")).isEqualTo("可选排序：relevance、newest、updated");
    }

    @Test
    void anUnknownExpertIdIs404InChinese() {
        ApiClient.Response missing = api.get("/api/experts/EXP-999999", Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("EXP-999999");
    }

    private static Map<String, String> errors(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(400);
        Map<String, String> errors = new LinkedHashMap<>();
        response.json().get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        return errors;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("record").get("id").asString()));
        return ids;
    }

    private static Map<String, Long> facet(JsonNode page, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        page.get("facets").get(name).forEach(c -> counts.put(c.get("value").asString(), c.get("count").asLong()));
        return counts;
    }
}
