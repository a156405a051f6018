package org.techmatch.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.techmatch.stats.Figures.Breakdown;
import org.techmatch.stats.Figures.ChallengeProgress;
import org.techmatch.stats.Figures.Funnel;
import org.techmatch.stats.Figures.Overview;

/**
 * The statistics as an XLSX workbook for the district's reports: 总览, one sheet per breakdown, the funnel and
 * challenge progress. Numbers are numeric cells so the bureau can sum and chart them in Excel or WPS.
 */
final class StatsWorkbook {
    private StatsWorkbook() {
    }

    static byte[] write(Overview overview, List<Breakdown> breakdowns) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            overviewSheet(book.createSheet("总览"), overview, header);
            for (Breakdown breakdown : breakdowns) {
                Sheet sheet = book.createSheet("按" + Dimension.of(breakdown.dimension()).label());
                row(sheet, 0, header, Dimension.of(breakdown.dimension()).label(), "科技成果", "技术需求", "匹配展示", "对接",
                        "技术合同", "技术合同成交额（万元）");
                int r = 1;
                for (Figures.Row line : breakdown.rows()) {
                    row(sheet, r++, null, line.key(), line.achievements(), line.demands(), line.matchesShown(), line.dockings(),
                            line.contracts(), line.contractValueWan());
                }
                sheet.setColumnWidth(0, 16 * 256);
            }
            funnelSheet(book.createSheet("转化漏斗"), overview.funnel(), header);
            challengeSheet(book.createSheet("揭榜挂帅"), overview.challenges(), header);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void overviewSheet(Sheet sheet, Overview o, CellStyle header) {
        row(sheet, 0, header, "指标", "数值");
        Object[][] lines = {
                {"统计范围", o.district()}, {"统计日期", o.asOf().toString()},
                {"科技成果（全部）", o.achievements().total()}, {"科技成果（已发布）", o.achievements().live()},
                {"技术需求（全部）", o.demands().total()}, {"技术需求（征集中、对接中）", o.demands().live()},
                {"卡脖子技术需求", o.demands().chokepoint()}, {"匹配展示（条次）", o.matchesShown()},
                {"对接", o.dockings()},
                {"技术合同", o.contracts().count()}, {"技术合同成交额（万元）", o.contracts().valueWan()}};
        int r = 1;
        for (Object[] line : lines) {
            row(sheet, r++, null, line);
        }
        for (Map.Entry<String, Long> stage : o.dockingsByStage().entrySet()) {
            row(sheet, r++, null, "对接：" + stage.getKey(), stage.getValue());
        }
        for (var kind : o.contracts().byKind().entrySet()) {
            row(sheet, r++, null, "合同：" + kind.getKey() + "（份）", kind.getValue().count());
            row(sheet, r++, null, "合同：" + kind.getKey() + "（万元）", kind.getValue().valueWan());
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 14 * 256);
    }

    private static void funnelSheet(Sheet sheet, Funnel f, CellStyle header) {
        row(sheet, 0, header, "环节", "需求数");
        row(sheet, 1, null, "提出需求", f.demands());
        row(sheet, 2, null, "已匹配", f.matched());
        row(sheet, 3, null, "意向", f.interested());
        row(sheet, 4, null, "已对接", f.docked());
        row(sheet, 5, null, "已签约", f.contracted());
        row(sheet, 7, null, "说明", f.note());
        sheet.setColumnWidth(0, 12 * 256);
    }

    private static void challengeSheet(Sheet sheet, ChallengeProgress c, CellStyle header) {
        row(sheet, 0, header, "指标", "数值");
        int r = 1;
        for (Map.Entry<String, Long> status : c.byStatus().entrySet()) {
            row(sheet, r++, null, "榜单：" + status.getKey(), status.getValue());
        }
        Object[][] lines = {{"已发布榜单", c.published()}, {"已立项榜单", c.awarded()}, {"里程碑", c.milestones()},
                {"里程碑：已通过", c.milestonesPassed()}, {"里程碑：按期通过", c.milestonesOnTime()},
                {"里程碑：逾期通过", c.milestonesLate()}, {"里程碑：逾期未完成", c.milestonesOverdue()},
                {"政府支持资金（万元）", c.supportWan()}, {"已拨付（万元）", c.supportReleasedWan()}};
        for (Object[] line : lines) {
            row(sheet, r++, null, line);
        }
        sheet.setColumnWidth(0, 24 * 256);
    }

    private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            switch (values[i]) {
                case null -> cell.setBlank();
                case Number n -> {
                    cell.setCellValue(n.doubleValue());
                    // Excel's General format shows 11 or more digits with an exponent (9.9999999999E10)
                    double v = n.doubleValue();
                    short format = sheet.getWorkbook().createDataFormat()
                            .getFormat(v == Math.rint(v) ? "#,##0" : "#,##0.00");
                    CellUtil.setCellStyleProperty(cell, CellUtil.DATA_FORMAT, format);
                }
                default -> cell.setCellValue(values[i].toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
