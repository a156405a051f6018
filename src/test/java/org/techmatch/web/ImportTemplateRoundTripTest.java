package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.expert.Expert;
import org.techmatch.importing.RowOutcome;
import org.techmatch.importing.csv.CsvTableSource;
import org.techmatch.importing.table.TableRows;
import org.techmatch.importing.table.TableSource;
import org.techmatch.importing.xlsx.XlsxTableSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Templates and exports over HTTP: the template of each library has Chinese headers, drop-down lists and an
 * example row, and a filled template imports; an export of each library, in XLSX and CSV, reads back into exactly
 * the records that were exported, and importing it again changes nothing.
 */
class ImportTemplateRoundTripTest extends ApiTestBase {

    /** These tests are about the records, not about who may write them: writes are made by a city-level official. */
    @Override
    @org.junit.jupiter.api.BeforeEach
    protected void client() {
        super.client();
        api = api.writingAs(ApiClient.CITY_OFFICIAL);
    }
    @Autowired
    LibraryService<Achievement> achievements;
    @Autowired
    LibraryService<Demand> demands;
    @Autowired
    LibraryService<Expert> experts;
    @Autowired
    JsonMapper json;

    @TempDir
    Path dir;

    FileClient files;

    @BeforeEach
    void files() {
        files = new FileClient(port);
    }

    @Test
    void eachTemplateHasChineseHeadersDropDownsAndAnExampleRow() throws Exception {
        for (String library : List.of("achievements", "demands", "experts")) {
            FileClient.Download template = files.get("/api/imports/templates/" + library);
            assertThat(template.status()).isEqualTo(200);
            assertThat(template.headers().get("content-disposition").getFirst()).contains("attachment")
                    .contains("UTF-8''");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
                XSSFSheet data = workbook.getSheetAt(0);
                List<String> headers = new ArrayList<>();
                data.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
                assertThat(headers.getFirst()).isEqualTo("编号");
                assertThat(headers).anyMatch(h -> h.endsWith("*"));
                assertThat(data.getRow(1).getCell(0).getStringCellValue()).startsWith("示例");
                assertThat(data.getDataValidations()).isNotEmpty();
                assertThat(workbook.isSheetHidden(workbook.getSheetIndex("可选值"))).isTrue();
                assertThat(workbook.getSheet("填写说明")).isNotNull();
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                files.get("/api/imports/templates/achievements").body()))) {
            List<String> maturity = new ArrayList<>();
            int column = columnOf(workbook.getSheetAt(0), "成熟度*");
            workbook.getSheet("可选值").forEach(r -> {
                if (r.getCell(column) != null) {
                    maturity.add(r.getCell(column).getStringCellValue());
                }
            });
            assertThat(maturity).containsExactly("正在研发", "通过小试", "通过中试", "已有样品", "可以量产");
        }
    }

    @Test
    void aFilledTemplateImportsAndItsExampleRowIsSkipped() throws Exception {
        String title = "模板填写测试成果" + System.nanoTime();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                files.get("/api/imports/templates/achievements").body()))) {
            Sheet data = workbook.getSheetAt(0);
            Row example = data.getRow(1);
            Row row = data.createRow(2);
            for (int i = 1; i < example.getLastCellNum(); i++) {
                row.createCell(i).setCellValue(example.getCell(i).getStringCellValue());
            }
            row.getCell(columnOf(data, "成果名称*")).setCellValue(title);
            row.getCell(columnOf(data, "来源编号")).setCellValue("TPL-" + title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        FileClient.Download submitted = files.upload("/api/imports", Map.of("library", "achievements"),
                "导入模板.xlsx", filled);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        JsonNode status = files.awaitImport(submitted.json().path("id").asString(), Duration.ofSeconds(60));
        assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("已完成");
        assertThat(status.path("read").asInt()).isEqualTo(1);
        assertThat(status.path("created").asInt()).isEqualTo(1);

        JsonNode hit = api.get("/api/achievements", Map.of("q", title)).json().path("items").get(0).path("record");
        assertThat(hit.path("title").asString()).isEqualTo(title);
        assertThat(hit.path("maturity").asString()).isEqualTo("通过中试");
        assertThat(hit.path("askingPrice").path("minWan").asDouble()).isEqualTo(80);
        assertThat(hit.path("transferModes").toString()).contains("许可", "合作开发");
        assertThat(hit.path("industry").asString()).isEqualTo("C38");
        assertThat(hit.path("ip").get(0).path("number").asString()).isEqualTo("ZL202010000000.1");
        assertThat(hit.path("origin").path("source").asString()).isEqualTo("天津大学成果库");
    }

    @Test
    void exportsReadBackIntoTheSameRecordsAndReimportChangesNothing() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        achievements.create(json.readValue("""
                {"title": "导出往返测试：高镍正极材料包覆技术%s", "description": "原子层沉积包覆，循环 1000 次容量保持率 92%%。\\n第二段：已中试。",
                 "owner": {"name": "天津大学", "kind": "高校"}, "team": {"name": "储能材料课题组", "members": ["张三", "李四"]},
                 "contact": {"person": "张老师", "phone": "+86 22-27400000", "email": "z@example.edu.cn"},
                 "techField": "新能源与节能", "industry": "C38", "keywords": ["=正极材料", "锂离子电池"], "maturity": "通过中试",
                 "ip": [{"kind": "发明专利", "number": "ZL202010000000.1"}, {"kind": "软件著作权"}],
                 "transferModes": ["许可", "合作开发"], "askingPrice": {"minWan": 80.5, "maxWan": 120},
                 "applicationScope": "动力电池", "region": "南开区", "origin": {"source": "测试", "externalId": "RT-%s"}}
                """.formatted(run, run), Achievement.class));
        achievements.create(json.readValue("""
                {"title": "导出往返测试：面议成果%s", "description": "只有必填项。", "owner": {"name": "南开大学", "kind": "高校"},
                 "techField": "电子信息", "maturity": "正在研发", "askingPrice": {"negotiable": true}}
                """.formatted(run), Achievement.class));
        demands.create(json.readValue("""
                {"title": "导出往返测试：需求%s", "description": "需要降低能耗。", "enterprise": {"name": "天津某公司", "kind": "企业"},
                 "indicators": ["能耗：降低 20%%", "寿命：≥ 5 年"], "budget": {"minWan": 50, "maxWan": 100},
                 "cooperationModes": ["委托开发"], "validUntil": "2027-06-30", "region": "北辰区", "visibility": "仅技术经理人可见",
                 "chokepoint": true, "expectedMaturity": "通过中试", "industry": "C", "techField": "先进制造与自动化"}
                """.formatted(run), Demand.class));
        Achievement linked = achievements.create(json.readValue("""
                {"title": "导出往返测试：被关联成果%s", "description": "专家的成果。", "owner": {"name": "天津大学", "kind": "高校"},
                 "techField": "新材料", "maturity": "已有样品"}
                """.formatted(run), Achievement.class));
        experts.create(json.readValue("""
                {"kind": "团队", "name": "导出往返测试团队%s", "organisation": {"name": "天津大学", "kind": "高校"}, "leader": "王五",
                 "members": ["赵六"], "researchAreas": ["固态电池"], "techFields": ["新材料", "新能源与节能"], "profile": "简介。",
                 "achievementIds": ["%s"], "contact": {"person": "王老师", "phone": "022-27400001"}}
                """.formatted(run, linked.id()), Expert.class));

        for (String format : List.of("xlsx", "csv")) {
            roundTrip("achievements", format, achievements, run);
            roundTrip("demands", format, demands, run);
            roundTrip("experts", format, experts, run);
        }
    }

    /** Export the whole library, read the file back, compare this run's records; then import it: nothing changes. */
    private <T extends CatalogRecord> void roundTrip(String library, String format, LibraryService<T> service,
                                                     String run) throws Exception {
        FileClient.Download export = files.get("/api/exports/" + library + "?format=" + format,
                "X-TechMatch-Role", "MANAGER");
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        Path file = export.saveTo(dir.resolve(library + "." + format));
        List<T> original = new ArrayList<>();
        service.forEach(r -> {
            if (r.title().contains(run)) {
                original.add(r);
            }
        });
        List<T> read;
        try (TableSource source = format.equals("csv") ? CsvTableSource.open(file) : XlsxTableSource.open(file);
             Stream<RowOutcome<T>> rows = new TableRows<>(service.kind(), json).outcomes(source, n -> { })) {
            read = rows.map(o -> o.record().orElseThrow(() -> new AssertionError(library + " " + format + ": " + o)))
                    .toList();
        }
        assertThat(read).as(library + " " + format).hasSize(service.count());
        assertThat(original).isNotEmpty();
        for (T before : original) {
            T after = read.stream().filter(r -> before.id().equals(r.id())).findFirst().orElseThrow();
            assertThat(service.contentHash(after)).as(library + " " + format + " " + before.id() + "\n"
                    + json.writeValueAsString(before) + "\n" + json.writeValueAsString(after))
                    .isEqualTo(service.contentHash(before));
            assertThat(after.origin() == null ? null : after.origin().externalId())
                    .isEqualTo(before.origin() == null ? null : before.origin().externalId());
        }
        FileClient.Download submitted = files.upload("/api/imports", library, file);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        JsonNode status = files.awaitImport(submitted.json().path("id").asString(), Duration.ofSeconds(60));
        assertThat(status.path("unchanged").asInt()).as(status.toString()).isEqualTo(read.size());
        assertThat(status.path("created").asInt()).isZero();
        assertThat(status.path("rejected").asInt()).isZero();
    }

    @Test
    void aSearchIsExportedWithItsHitsOnly() {
        String title = "检索导出测试：海水淡化反渗透膜" + System.nanoTime();
        api.post("/api/achievements", ApiClient.json(Map.of("title", title, "description", "反渗透膜脱盐率 99.8%。",
                "owner", Map.of("name", "天津工业大学", "kind", "高校"), "techField", "资源与环境", "maturity", "已有样品")));
        FileClient.Download csv = files.get("/api/exports/achievements?format=csv&q="
                + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8) + "&maturity=" + java.net.URLEncoder.encode("已有样品", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF编号,成果名称,成果简介");
        assertThat(lines[1]).contains(title);
        assertThat(csv.headers().get("content-type").getFirst()).startsWith("text/csv");
    }

    private static String statuses(String library) {
        return switch (library) {
            case "achievements" -> "已发布";
            case "demands" -> "征集中";
            default -> "在库";
        };
    }

    private static int columnOf(Sheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
