package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.importing.job.ImportService;
import org.techmatch.importing.job.ImportStatus;
import tools.jackson.databind.JsonNode;

/**
 * Imports write each row as the signed-in user who started them, under the rules of POST, PUT and DELETE: a row
 * naming another organisation's record by its 编号 is refused in the report (the record unchanged, its owner
 * unnamed) while the rest of the file is imported; an official stays within their district; the audit log names
 * the user; the command line still writes as the system; a job is shown only to its starter, managers and
 * officials.
 */
class ImportOwnershipTest extends ApiTestBase {
    private static final String HEADER = "编号,成果名称,成果简介,持有单位,单位类型,技术领域,成熟度,所在地区,状态\n";
    private static final String[] NANKAI_UNIVERSITY = ApiClient.as("UNIVERSITY", "南开大学");
    private static final String[] OTHER_MANAGER = ApiClient.as("MANAGER", "滨海新区技术转移服务中心");
    private static final String NOT_YOURS = "该记录不属于当前用户所在单位";

    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    FileClient files;
    String run;

    @BeforeEach
    void files() {
        files = new FileClient(port);
        run = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aRowWithAnotherOrganisationsIdIsRefusedAndTheRestOfTheFileIsImported() {
        String theirs = nankaiAchievement("南开大学纳米纤维空气过滤膜" + run);
        String csv = HEADER
                + theirs + ",改名后的成果" + run + ",借用他人编号改名并撤回。" + run + ",南开大学,高校,新材料,通过中试,南开区,已撤回\n"
                + ",技术转移中心代理的膜分离成果" + run + ",陶瓷膜分离浓缩工艺，截留率 99%。" + run
                + ",天津市技术转移中心,企业,新材料,通过中试,南开区,已发布\n";

        JsonNode status = importAs(FileClient.MANAGER, csv);

        assertThat(status.path("status").asString()).isEqualTo("已完成");
        assertThat(status.path("created").asInt()).as("the rest of the file goes on").isEqualTo(1);
        assertThat(status.path("updated").asInt()).isZero();
        assertThat(status.path("rejected").asInt()).isEqualTo(1);
        JsonNode refusal = line(status, "拒绝");
        assertThat(refusal.path("row").asInt()).isEqualTo(2);
        assertThat(refusal.path("value").asString()).isEqualTo(theirs);
        assertThat(refusal.path("reason").asString()).contains(theirs, NOT_YOURS).doesNotContain("南开大学");

        JsonNode record = api.get("/api/achievements/" + theirs, Map.of()).json();
        assertThat(record.path("title").asString()).isEqualTo("南开大学纳米纤维空气过滤膜" + run);
        assertThat(record.path("status").asString()).isEqualTo("已发布");
        assertThat(record.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void importedRowsAreAuditedAsTheUserWhoStartedTheImport() {
        String csv = HEADER + ",审计测试成果" + run + ",用于核对审计日志中的操作人。" + run
                + ",天津市技术转移中心,企业,新材料,通过中试,南开区,已发布\n";
        JsonNode first = importAs(FileClient.MANAGER, csv);
        assertThat(first.path("created").asInt()).isEqualTo(1);
        String id = api.get("/api/achievements", Map.of("q", "审计测试成果" + run)).json().path("items").get(0)
                .path("record").path("id").asString();
        // the same record again with another description: an update of the manager's own record
        JsonNode second = importAs(FileClient.MANAGER, HEADER + id + ",审计测试成果" + run + ",描述已修改。" + run
                + ",天津市技术转移中心,企业,新材料,通过中试,南开区,已发布\n");
        assertThat(second.path("updated").asInt()).as(second.toString()).isEqualTo(1);

        JsonNode audit = api.get("/api/audit", Map.of("recordId", id), ApiClient.CITY_OFFICIAL).json();
        String manager = ApiClient.username("MANAGER", "天津市技术转移中心");
        assertThat(audit.path("items").size()).isEqualTo(2);
        audit.path("items").forEach(entry -> assertThat(entry.path("username").asString())
                .as(entry.path("action").asString()).isEqualTo(manager));
        assertThat(first.path("startedBy").asString()).isEqualTo(manager);
    }

    @Test
    void anOfficialImportsOnlyWithinTheirDistrictAndMovesNothingOutOfIt() {
        String[] nankai = api.districtOfficial("南开区");
        String nankaiRecord = nankaiAchievement("南开区可降解地膜" + run);
        String csv = HEADER
                + ",南开区科技局录入的成果" + run + ",本区企业的智能制造成果。" + run + ",天津南开智造有限公司,企业,先进制造与自动化,通过中试,南开区,已发布\n"
                + ",和平区的成果" + run + ",不属于本区的成果。" + run + ",天津和平科技有限公司,企业,先进制造与自动化,通过中试,和平区,已发布\n"
                + nankaiRecord + ",南开区可降解地膜" + run + ",搬到和平区。" + run + ",南开大学,高校,新材料,通过中试,和平区,已发布\n";

        JsonNode status = importAs(nankai, csv);

        assertThat(status.path("created").asInt()).as(status.toString()).isEqualTo(1);
        assertThat(status.path("rejected").asInt()).isEqualTo(2);
        assertThat(status.path("problems").toString()).contains("区科技局管理员只能管理本区（南开区）", "和平区");
        assertThat(api.get("/api/achievements/" + nankaiRecord, Map.of()).json().path("region").asString())
                .isEqualTo("南开区");
    }

    @Test
    void anImportFromTheCommandLineRunsAsTheSystemAndWritesEveryRow() throws Exception {
        String theirs = nankaiAchievement("命令行导入更新的成果" + run);
        Path file = Files.writeString(dir.resolve("成果.csv"), HEADER + theirs + ",命令行导入更新的成果" + run
                + ",系统导入可以更新任何记录。" + run + ",南开大学,高校,新材料,通过中试,南开区,已发布\n");

        ImportStatus status = imports.run("achievements", file).snapshot();

        assertThat(status.updated()).isEqualTo(1);
        assertThat(status.startedBy()).isNull();
        JsonNode audit = api.get("/api/audit", Map.of("recordId", theirs), ApiClient.CITY_OFFICIAL).json();
        assertThat(audit.path("items").toString()).contains("系统");
    }

    @Test
    void aJobIsShownToItsStarterManagersAndOfficialsOnly() {
        JsonNode status = importAs(FileClient.MANAGER, HEADER + ",可见性测试成果" + run + ",用于核对导入任务的可见范围。" + run
                + ",天津市技术转移中心,企业,新材料,通过中试,南开区,已发布\n");
        String id = status.path("id").asString();
        assertThat(files.get("/api/imports/" + id, OTHER_MANAGER).status()).isEqualTo(200);
        assertThat(files.get("/api/imports/" + id + "/report.xlsx", ApiClient.CITY_OFFICIAL).status()).isEqualTo(200);

        // /api/imports is for managers and officials (EndpointRules); below it, the service hides a job from anyone
        // else as if it did not exist
        Viewer enterprise = new Viewer(Role.ENTERPRISE, "天津市技术转移中心", "someone-else", null, List.of());
        assertThatThrownBy(() -> imports.status(id, enterprise)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> imports.report(id, enterprise)).isInstanceOf(RecordNotFoundException.class);
        assertThat(imports.list(enterprise)).extracting(ImportStatus::id).doesNotContain(id);
        Viewer starter = new Viewer(Role.ENTERPRISE, "天津市技术转移中心",
                ApiClient.username("MANAGER", "天津市技术转移中心"), null, List.of());
        assertThat(imports.status(id, starter).id()).isEqualTo(id);
    }

    private JsonNode importAs(String[] identity, String csv) {
        FileClient.Download submitted = files.upload("/api/imports", Map.of("library", "achievements"), "成果.csv",
                csv.getBytes(StandardCharsets.UTF_8), identity);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        JsonNode status = files.awaitImport(submitted.json().path("id").asString(), Duration.ofSeconds(60), identity);
        assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("已完成");
        return status;
    }

    private static JsonNode line(JsonNode status, String category) {
        for (JsonNode line : status.path("problems")) {
            if (line.path("category").asString().equals(category)) {
                return line;
            }
        }
        throw new AssertionError("no " + category + " line in " + status);
    }

    /** A published achievement of 南开大学 in 南开区, created by the university itself. */
    private String nankaiAchievement(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "南开大学材料学院的成果，用于检验导入的归属规则。" + run);
        body.put("owner", Map.of("name", "南开大学", "kind", "高校"));
        body.put("techField", "新材料");
        body.put("maturity", "通过中试");
        body.put("region", "南开区");
        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(body), NANKAI_UNIVERSITY);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }
}
