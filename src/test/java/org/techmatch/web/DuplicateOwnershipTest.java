package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Suspected duplicates under the ownership rules: a merge withdraws the record not kept only if the viewer may
 * withdraw it (a manager cannot withdraw another organisation's achievement by keeping its own near-copy), and a
 * district official lists only pairs that touch their district and whose records they may read.
 */
class DuplicateOwnershipTest extends ApiTestBase {
    private static final String HEADER = "成果名称,成果简介,持有单位,单位类型,技术领域,成熟度,所在地区,状态\n";

    FileClient files;
    String run;

    @BeforeEach
    void files() {
        files = new FileClient(port);
        run = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aManagerCannotWithdrawAnotherOrganisationsAchievementByKeepingItsOwnCopy() {
        String text = text("膜蒸馏耦合结晶处理高盐废水，回收率 95%，吨水能耗降低 30%，已在天津某化工园区完成中试");
        String id = importAsManager(HEADER
                + "高盐废水膜蒸馏结晶技术" + run + "," + text + ",南开大学,高校,资源与环境,通过中试,南开区,已发布\n"
                + "【代理】高盐废水膜蒸馏结晶技术" + run + "," + text + "欢迎洽谈。,天津市技术转移中心,企业,资源与环境,通过中试,南开区,已发布\n");
        JsonNode pair = pairs(id, FileClient.MANAGER).path("items").get(0).path("record");
        String university = pair.path("otherId").asString();
        String own = pair.path("recordId").asString();

        FileClient.Download merged = files.post("/api/duplicates/" + pair.path("id").asString() + "/merge",
                "{\"keep\": \"" + own + "\"}");

        assertThat(merged.status()).as(merged.text()).isEqualTo(403);
        assertThat(merged.json().path("detail").asString()).contains(university).doesNotContain("南开大学");
        assertThat(files.get("/api/duplicates/" + pair.path("id").asString()).json().path("status").asString())
                .isEqualTo("待处理");
        assertThat(api.get("/api/achievements/" + university, Map.of()).json().path("status").asString())
                .isEqualTo("已发布");
        assertThat(api.get("/api/achievements/" + own, Map.of()).json().path("status").asString())
                .isEqualTo("已发布");
    }

    @Test
    void aDistrictOfficialListsOnlyPairsTouchingTheirDistrictWithRecordsTheyMayRead() {
        String shown = text("稻壳基多孔碳材料用于超级电容器电极，比电容 320 法每克，循环一万次保持率 96%");
        String elsewhere = text("船舶压载水紫外线与过滤组合处理装置，处理量每小时 500 吨，满足国际海事组织标准");
        String draft = text("废旧动力电池梯次利用储能系统的健康状态快速评估方法，评估时间缩短到十分钟以内");
        String id = importAsManager(HEADER
                + "稻壳基多孔碳电极材料" + run + "," + shown + ",南开大学,高校,新材料,通过中试,南开区,已发布\n"
                + "【推荐】稻壳基多孔碳电极材料" + run + "," + shown + "欢迎合作。,天津市技术转移中心,企业,新材料,通过中试,和平区,已发布\n"
                + "船舶压载水处理装置" + run + "," + elsewhere + ",天津和平海事科技有限公司,企业,资源与环境,通过中试,和平区,已发布\n"
                + "【推荐】船舶压载水处理装置" + run + "," + elsewhere + "欢迎合作。,天津市技术转移中心,企业,资源与环境,通过中试,和平区,已发布\n"
                + "动力电池健康状态快速评估" + run + "," + draft + ",天津和平储能有限公司,企业,新能源与节能,通过中试,和平区,草稿\n"
                + "【推荐】动力电池健康状态快速评估" + run + "," + draft + "欢迎合作。,天津市技术转移中心,企业,新能源与节能,通过中试,南开区,已发布\n");
        assertThat(pairs(id, FileClient.MANAGER).path("total").asLong()).as("managers see every pair")
                .isEqualTo(3);

        JsonNode listed = pairs(id, api.districtOfficial("南开区"));

        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(titles(listed)).singleElement().asString().contains("稻壳基多孔碳电极材料");
        String hidden = null;
        for (JsonNode item : pairs(id, FileClient.MANAGER).path("items")) {
            if (item.path("record").path("recordTitle").asString().contains("船舶压载水")) {
                hidden = item.path("record").path("id").asString();
            }
        }
        assertThat(hidden).as("the pair of two 和平区 records").isNotNull();
        assertThat(files.get("/api/duplicates/" + hidden, api.districtOfficial("南开区")).status()).isEqualTo(404);
    }

    private String text(String body) {
        return body + "。该成果由课题组多年攻关完成，具有自主知识产权，可提供技术许可、合作开发等多种转化方式。编号" + run;
    }

    private String importAsManager(String csv) {
        FileClient.Download submitted = files.upload("/api/imports", Map.of("library", "achievements"), "成果.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        String id = submitted.json().path("id").asString();
        JsonNode status = files.awaitImport(id, Duration.ofSeconds(60));
        assertThat(status.path("rejected").asInt()).as(status.toString()).isZero();
        return id;
    }

    private JsonNode pairs(String importId, String[] viewer) {
        FileClient.Download listed = files.get("/api/duplicates?importId=" + importId, viewer);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        return listed.json();
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.path("items").forEach(item -> titles.add(item.path("record").path("recordTitle").asString()));
        return titles;
    }
}
