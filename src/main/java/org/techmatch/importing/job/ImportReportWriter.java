package org.techmatch.importing.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an import's row-level report as XLSX while the import runs: rows are streamed to a temporary file by
 * POI's SXSSF, so a report of any length takes a bounded amount of memory. A summary sheet comes first.
 */
final class ImportReportWriter implements AutoCloseable {
    /** Excel's limit on the text of one cell. */
    private static final int MAX_CELL_CHARS = 32_000;
    private static final List<String> HEADERS = List.of("行号", "来源编号", "列", "值", "原因", "类别");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle bold;
    private int rows;

    ImportReportWriter() {
        workbook.setCompressTempFiles(false); // short-lived temporary files: compressing them costs more CPU than it saves
        sheet = workbook.createSheet("导入报告");
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        header(sheet, HEADERS);
        sheet.createFreezePane(0, 1);
        int[] widths = {8, 14, 16, 30, 70, 10};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    void add(ReportLine line) {
        Row row = sheet.createRow(++rows);
        if (line.row() > 0) {
            row.createCell(0).setCellValue(line.row());
        } else {
            row.createCell(0).setCellValue("文件");
        }
        text(row, 1, line.externalId());
        text(row, 2, line.column());
        text(row, 3, line.value());
        text(row, 4, line.reason());
        text(row, 5, line.category());
    }

    /** Adds the summary sheet in front and writes the workbook to file. */
    void finish(ImportStatus status, Path file) {
        Sheet summary = workbook.createSheet("汇总");
        workbook.setSheetOrder("汇总", 0);
        workbook.setActiveSheet(0);
        String[][] lines = {
                {"文件", status.file()}, {"库", status.library()}, {"格式", status.format()},
                {"状态", status.status()}, {"读取行数", String.valueOf(status.read())},
                {"导入（新增 + 更新 + 未变）", status.accepted() + "（" + status.created() + " + " + status.updated() + " + "
                        + status.unchanged() + "）"},
                {"拒绝", String.valueOf(status.rejected())}, {"疑似重复", String.valueOf(status.duplicates())},
                {"开始", String.valueOf(status.startedAt())}, {"结束", String.valueOf(status.finishedAt())},
                {"用时（秒）", status.seconds() == null ? "" : String.format("%.1f", status.seconds())},
                {"错误", status.error() == null ? "" : status.error()},
                {"说明", "导入 + 拒绝 = 读取行数；空行与模板示例行不计入。拒绝的行未保存，修正后重新导入即可：已导入的行不会重复。"}};
        for (int i = 0; i < lines.length; i++) {
            Row row = summary.createRow(i);
            row.createCell(0).setCellValue(lines[i][0]);
            row.getCell(0).setCellStyle(bold);
            text(row, 1, lines[i][1]);
        }
        summary.setColumnWidth(0, 28 * 256);
        summary.setColumnWidth(1, 80 * 256);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import report " + file, e);
        }
    }

    private void header(Sheet target, List<String> names) {
        Row row = target.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
            row.getCell(i).setCellStyle(bold);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.length() > MAX_CELL_CHARS
                    ? value.substring(0, MAX_CELL_CHARS) + "…" : value);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // the report was written or the job failed; temporary files are removed below either way
        } finally {
            workbook.dispose();
        }
    }
}
