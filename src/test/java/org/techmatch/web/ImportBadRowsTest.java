package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.importing.job.ImportJob;
import org.techmatch.importing.job.ImportService;
import org.techmatch.importing.job.ImportStatus;
import org.techmatch.importing.xlsx.RawXlsx;

/**
 * One spreadsheet with every kind of bad row a university's file has, imported through the import job: each gets
 * its own line in the downloadable report, valid rows are stored, and the counts add up.
 */
class ImportBadRowsTest extends ApiTestBase {
    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    /** One line of the report sheet: row, column, value, reason, category. */
    record Line(String row, String column, String value, String reason, String category) {
    }

    @Test
    void everyBadRowHasItsReportLineAndTheCountsAddUp() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String good = "富锂锰基正极材料快离子导体包覆技术" + run;
        String description = "采用溶胶凝胶法在富锂锰基正极表面构筑快离子导体包覆层，首次库伦效率提升至 88%。" + run;
        Object[] header = {"成果名称", "成果简介", null, "持有单位", "单位类型", "技术领域", "成熟度", "价格（万元）"};
        String hugeCell = "长".repeat(35_000);
        Path file = new RawXlsx()
                .row(1, "天津大学科技成果汇总表（2026 年第一批）").merge("A1:H1")
                .row(2, header).merge("B2:C2")
                .row(3, good, description, "（简介续）", "天津大学", "高校", "新能源与节能", "通过中试", "80-120")
                .row(4, null, description + "无题", null, "天津大学", "高校", "新能源与节能", "通过中试", "面议")
                .row(5, "未知成熟度的成果" + run, description + "五", null, "天津大学", "高校", "新能源与节能", "实验室阶段")
                .row(6, "价格写错的成果" + run, description + "六", null, "天津大学", "高校", "新能源与节能", "通过中试", "八十万")
                .row(7, "", "")
                .row(9, good, description, null, "天津大学", "高校", "新能源与节能", "通过中试", "80-120")
                .row(10, new RawXlsx.Formula("CONCATENATE(A3,\"二期\")"), description + "十", null, "天津大学", "高校",
                        "新能源与节能", "通过中试")
                .row(11, "超长简介的成果" + run, hugeCell, null, "天津大学", "高校", "新能源与节能", "通过中试")
                .row(12, "宽松取值的成果" + run, "低温等离子体协同催化降解挥发性有机物，去除率 95% 以上。" + run, null, "南开大学",
                        "大学", "资源环保", "小试", "30")
                .write(dir.resolve("成果汇总.xlsx"));

        ImportJob job = imports.run("achievements", file);
        ImportStatus status = job.snapshot();

        assertThat(status.status()).isEqualTo("已完成");
        assertThat(status.read()).isEqualTo(8);
        assertThat(status.accepted() + status.rejected()).isEqualTo(status.read());
        assertThat(status.created()).isEqualTo(2);
        assertThat(status.rejected()).isEqualTo(6);
        assertThat(status.duplicates()).as("row 9 repeats row 3: a rejected row, not a listed pair").isZero();

        List<Line> report = read(job.report());
        assertLine(report, "1", "（整行）", "不是表头（可能是合并单元格的标题行）", "提示");
        assertLine(report, "3", "C 列", "该列表头为空（可能是合并单元格），本列的值都未导入", "提示");
        assertLine(report, "4", "成果名称", "未通过科技成果校验：必填", "拒绝");
        assertLine(report, "5", "成熟度", "「实验室阶段」不是有效的成熟度，可选值：正在研发、通过小试、通过中试、已有样品、可以量产", "拒绝");
        assertLine(report, "6", "价格（万元）", "无法识别的金额：应为万元数（如 80）、区间（如 80-120）或「面议」", "拒绝");
        assertLine(report, "7", "（整行）", "第 7–8 行为空行，已跳过（不计入读取行数）", "提示");
        assertLine(report, "9", "（整行）", "与第 3 行重复（内容完全相同），未重复导入", "拒绝");
        assertLine(report, "10", "成果名称", "单元格是公式：导入不计算公式", "拒绝");
        assertLine(report, "11", "成果简介", "长度不能超过 20000 字（当前 35000 字）", "拒绝");
        assertLine(report, "12", "成熟度", "「小试」按「通过小试」导入", "提示");
        assertLine(report, "12", "技术领域", "「资源环保」按「资源与环境」导入", "提示");
        assertLine(report, "12", "单位类型", "「大学」按「高校」导入", "提示");
        assertThat(report.stream().filter(l -> l.row().equals("10")).findFirst().orElseThrow().value())
                .as("the formula is reported as written, never evaluated").isEqualTo("=CONCATENATE(A3,\"二期\")");

        assertThat(api.get("/api/achievements", java.util.Map.of("q", good)).json().path("total").asLong())
                .isEqualTo(1);
    }

    private static void assertLine(List<Line> report, String row, String column, String reason, String category) {
        assertThat(report).as("report line for row %s, %s", row, column)
                .anySatisfy(line -> {
                    assertThat(line.row()).isEqualTo(row);
                    assertThat(line.column()).isEqualTo(column);
                    assertThat(line.reason()).contains(reason);
                    assertThat(line.category()).isEqualTo(category);
                });
    }

    static List<Line> read(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("汇总");
            Sheet sheet = workbook.getSheet("导入报告");
            DataFormatter format = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] cells = new String[6];
                for (int i = 0; i < 6; i++) {
                    cells[i] = row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i));
                }
                lines.add(new Line(cells[0], cells[2], cells[3], cells[4], cells[5]));
            }
            return lines;
        }
    }
}
