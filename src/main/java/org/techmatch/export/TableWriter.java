package org.techmatch.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows of cell texts as XLSX (streamed through POI's SXSSF, so exports of any size take bounded memory) or
 * as CSV (UTF-8 with a byte-order mark, so Excel opens Chinese text correctly; a text that starts with = + - @ is
 * written as '… so that a spreadsheet shows it instead of running it as a formula, and the import takes the
 * apostrophe off again).
 */
public interface TableWriter extends AutoCloseable {
    void row(List<String> cells);

    /** Writes what is left and releases temporary files; the output stream stays open. */
    @Override
    void close();

    static TableWriter xlsx(String sheetName, List<String> headers, OutputStream out) {
        return new Xlsx(sheetName, headers, out);
    }

    static TableWriter csv(List<String> headers, OutputStream out) {
        return new Csv(headers, out);
    }

    final class Xlsx implements TableWriter {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final SXSSFSheet sheet;
        private final OutputStream out;
        private int rows;

        Xlsx(String sheetName, List<String> headers, OutputStream out) {
            this.out = out;
            workbook.setCompressTempFiles(false); // short-lived temporary files: compressing them costs more CPU than it saves
            sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            Row header = sheet.createRow(rows++);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(style);
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 3)) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        public void row(List<String> cells) {
            Row row = sheet.createRow(rows++);
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                workbook.dispose();
            }
        }
    }

    final class Csv implements TableWriter {
        private final Writer out;

        Csv(List<String> headers, OutputStream stream) {
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            try {
                out.write('\uFEFF');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            row(headers);
        }

        @Override
        public void row(List<String> cells) {
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(field(cells.get(i)));
                }
                out.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String field(String value) {
            String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
            boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0 || text.startsWith(" ") || text.endsWith(" ");
            return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }

        @Override
        public void close() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
