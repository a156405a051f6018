package org.techmatch.importing.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.techmatch.importing.RowProblem;
import org.techmatch.importing.table.Cell;
import org.techmatch.importing.table.TableFormatException;
import org.techmatch.importing.table.TableRow;
import org.techmatch.importing.table.TableSource;

/**
 * Reads the first worksheet of an XLSX file row by row with a pull parser over the sheet's XML, so only the
 * current row is in memory (plus the shared-string table, which a spreadsheet keeps in one part). Cells are
 * read as a person sees them: numbers as plain decimals, date-formatted numbers as dates, booleans as
 * TRUE/FALSE. Formulas are reported as formulas, never evaluated. The package is opened through POI's
 * {@code ZipSecureFile}, whose limits ({@link XlsxLimits}) refuse zip bombs before they are inflated.
 */
public final class XlsxTableSource implements TableSource {
    /** A cell longer than this is cut and refused: bounds the memory one malformed cell can take. */
    static final int MAX_CELL_CHARS = 1_000_000;

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final List<RowProblem> notes = new ArrayList<>();
    private TableRow next;
    private int lastRow;
    /** Whether the reader is inside row {@code lastRow} (a failure there is in that row, else after it). */
    private boolean inRow;
    private boolean done;

    private XlsxTableSource(Path file) throws Exception {
        this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg, true);
            this.strings = optional(reader::getSharedStringsTable);
            this.styles = optional(reader::getStylesTable);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new TableFormatException("XLSX 文件中没有工作表");
            }
            this.sheet = sheets.next();
            String name = sheets.getSheetName();
            int others = 0;
            for (; sheets.hasNext(); others++) {
                sheets.next().close();
            }
            if (others > 0) {
                notes.add(new RowProblem(0, null, "工作表", name, "只导入第一个工作表「" + name + "」，另外 " + others
                        + " 个工作表未导入"));
            }
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        } catch (Exception e) {
            pkg.revert();
            throw e;
        }
    }

    /** Opens the file; a file that is not a readable XLSX, or exceeds the zip limits, is a {@link TableFormatException}. */
    public static XlsxTableSource open(Path file) {
        XlsxLimits.apply();
        try {
            return new XlsxTableSource(file);
        } catch (TableFormatException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw XlsxLimits.explain(e);
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            try {
                next = readRow();
            } catch (XMLStreamException | RuntimeException e) {
                throw XlsxLimits.explain(e, inRow ? lastRow : lastRow + 1);
            }
        }
        return next != null;
    }

    @Override
    public TableRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TableRow row = next;
        next = null;
        return row;
    }

    @Override
    public List<RowProblem> fileNotes() {
        return List.copyOf(notes);
    }

    /** The next row element, or null at the end of the sheet data (merged cells etc. after it are not needed). */
    private TableRow readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                String r = xml.getAttributeValue(null, "r");
                lastRow = r == null ? lastRow + 1 : Integer.parseInt(r);
                inRow = true;
                TableRow row = new TableRow(lastRow, readCells());
                inRow = false;
                return row;
            }
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                break;
            }
        }
        done = true;
        return null;
    }

    private List<Cell> readCells() throws XMLStreamException {
        List<Cell> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? cells.size() : columnIndex(ref);
                Cell cell = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, cell);
            }
        }
        return cells;
    }

    /** Reads one {@code <c>} element: its value, inline text or formula. */
    private Cell readCell(String type, String style) throws XMLStreamException {
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        boolean tooLong = false;
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (xml.getLocalName()) {
                    case "v" -> value = text();
                    case "f" -> formula = "=" + text();
                    case "rPh" -> phonetic = true;
                    case "t" -> {
                        if (!phonetic) {
                            inline = inline == null ? new StringBuilder() : inline;
                            inline.append(text());
                            tooLong |= inline.length() > MAX_CELL_CHARS;
                            if (tooLong) {
                                inline.setLength(MAX_CELL_CHARS);
                            }
                        }
                    }
                    default -> {
                    }
                }
                if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("rPh")) {
                    phonetic = false;
                }
            }
        }
        if (formula != null) {
            return new Cell(formula.equals("=") ? "=（共享公式）" : formula, true, null);
        }
        String text = switch (type == null ? "n" : type) {
            case "s" -> value == null || strings == null ? null : strings.getItemAt(Integer.parseInt(value.strip()))
                    .getString();
            case "inlineStr" -> inline == null ? null : inline.toString();
            case "b" -> value == null ? null : value.strip().equals("1") ? "TRUE" : "FALSE";
            case "e" -> null;
            case "str", "d" -> value;
            default -> value == null ? null : number(value.strip(), style);
        };
        if ("e".equals(type)) {
            return new Cell(value, false, "单元格是错误值 " + value + "，请修正后再导入");
        }
        if (tooLong || text != null && text.length() > MAX_CELL_CHARS) {
            return new Cell(text == null ? null : text.substring(0, Math.min(text.length(), 200)), false,
                    "单元格超过 " + MAX_CELL_CHARS + " 字，已拒绝");
        }
        return text == null ? null : Cell.of(text);
    }

    /** The element's text content; leaves the reader on its end tag. */
    private String text() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (out.length() <= MAX_CELL_CHARS) {
                    out.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return out.toString();
            }
        }
        return out.toString();
    }

    /** A number as a person reads it: 80 not 80.0, 13800000000 not 1.38E10, a date-formatted serial as a date. */
    private String number(String raw, String style) {
        try {
            if (style != null && isDateStyle(Integer.parseInt(style))) {
                double serial = Double.parseDouble(raw);
                if (DateUtil.isValidExcelDate(serial)) {
                    LocalDateTime time = DateUtil.getLocalDateTime(serial);
                    return time.toLocalTime().toSecondOfDay() == 0 ? time.toLocalDate().toString()
                            : time.toString().replace('T', ' ');
                }
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private boolean isDateStyle(int index) {
        if (styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            if (i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    private interface Part<T> {
        T get() throws Exception;
    }

    /** Shared strings and styles are optional parts: files written by other tools often lack them. */
    private static <T> T optional(Part<T> part) {
        try {
            return part.get();
        } catch (Exception e) {
            if (XlsxLimits.isLimit(e)) {
                throw XlsxLimits.explain(e);
            }
            return null;
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheet.close();
        } catch (XMLStreamException | IOException e) {
            // closing a read-only package loses nothing
        } finally {
            pkg.revert();
        }
    }
}
