package org.techmatch.importing.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal XLSX by hand (no styles, no shared strings), so tests can put in what POI's writer refuses or
 * evaluates: formulas without a cached value, cells longer than Excel's limit, merged header cells, rows with
 * gaps. Rows are given by their spreadsheet row number.
 */
public final class RawXlsx {
    /** A formula cell: its text is written as {@code <f>}, never a value. */
    public record Formula(String formula) {
    }

    private final List<String> rows = new ArrayList<>();
    private final List<String> merged = new ArrayList<>();

    /** Adds row number (1-based) with cells from column A: String, Number, Formula or null for no cell. */
    public RawXlsx row(int number, Object... cells) {
        StringBuilder xml = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            String ref = letter(i) + number;
            if (cell instanceof String text) {
                xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(escape(text)).append("</t></is></c>");
            } else if (cell instanceof Number n) {
                xml.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
            } else if (cell instanceof Formula f) {
                xml.append("<c r=\"").append(ref).append("\"><f>").append(escape(f.formula())).append("</f></c>");
            }
        }
        rows.add(xml.append("</row>").toString());
        return this;
    }

    /** A merged range such as A1:F1 (written after the sheet data, as Excel does). */
    public RawXlsx merge(String range) {
        merged.add(range);
        return this;
    }

    public Path write(Path file) {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + String.join("", rows) + "</sheetData>"
                + (merged.isEmpty() ? "" : "<mergeCells count=\"" + merged.size() + "\">"
                + merged.stream().map(r -> "<mergeCell ref=\"" + r + "\"/>").reduce("", String::concat)
                + "</mergeCells>") + "</worksheet>";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"成果\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
