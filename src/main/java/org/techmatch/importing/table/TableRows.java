package org.techmatch.importing.table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.RecordKind;
import org.techmatch.importing.RowContext;
import org.techmatch.importing.RowOutcome;
import org.techmatch.importing.RowProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the rows of a spreadsheet or CSV file into records of one library. The header row is found among the
 * first rows (a merged title row above it is skipped and said so), columns are recognised by their Chinese or
 * English names, and every data row yields exactly one outcome. Blank rows and the template's example row are
 * not data: they are noted, not counted. What concerns the file rather than a row goes to the notices.
 */
public final class TableRows<T extends CatalogRecord> {
    /** Rows searched for the header: title rows, notes and blank rows above it are common. */
    static final int HEADER_SCAN_ROWS = 10;
    /** The template's example row carries this in its 编号 column. */
    public static final String EXAMPLE_MARK = "示例";
    static final String WHOLE_ROW = "（整行）";

    private final RecordKind<T> kind;
    private final List<Column> columns;
    private final JsonMapper json;

    public TableRows(RecordKind<T> kind, JsonMapper json) {
        this.kind = kind;
        this.columns = LibraryColumns.of(kind.type());
        // A new record has no version in the sheet; the JSON form gives it 0, as the API does.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    }

    /** Maps the source's rows lazily, one outcome per data row; closing the stream closes the source. */
    public Stream<RowOutcome<T>> outcomes(TableSource source, Consumer<RowProblem> notices) {
        Iterator<RowOutcome<T>> rows = new Mapping(source, notices);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(source::close);
    }

    /** The header's column → our column, decided once per file. */
    private record Header(int rowNumber, Map<Integer, Column> mapped, Map<Integer, String> names,
                          Map<Integer, String> unknown, Set<Integer> blank, Map<String, String> sourceFields) {
    }

    private final class Mapping implements Iterator<RowOutcome<T>> {
        private final TableSource source;
        private final Consumer<RowProblem> notices;
        private final Deque<TableRow> buffered = new ArrayDeque<>();
        private final Set<Integer> blankColumnsReported = new HashSet<>();
        private Header header;
        private RowOutcome<T> next;
        private int blankFrom = -1;
        private int blankTo = -1;
        private int lastRow;

        Mapping(TableSource source, Consumer<RowProblem> notices) {
            this.source = source;
            this.notices = notices;
        }

        @Override
        public boolean hasNext() {
            if (header == null) {
                header = findHeader();
            }
            while (next == null) {
                TableRow row = buffered.isEmpty() ? (source.hasNext() ? source.next() : null) : buffered.poll();
                if (row == null) {
                    source.fileNotes().forEach(notices);
                    return false;
                }
                // A spreadsheet leaves empty rows out of its XML: a jump in row numbers is that many blank rows.
                if (row.rowNumber() > lastRow + 1) {
                    blankFrom = blankFrom < 0 ? lastRow + 1 : blankFrom;
                    blankTo = row.rowNumber() - 1;
                }
                lastRow = row.rowNumber();
                if (row.isBlank()) {
                    blankFrom = blankFrom < 0 ? row.rowNumber() : blankFrom;
                    blankTo = row.rowNumber();
                    continue;
                }
                flushBlankRows();
                String id = text(row, "id");
                if (id != null && id.startsWith(EXAMPLE_MARK)) {
                    notices.accept(notice(row.rowNumber(), "编号", id, "模板的示例行，未导入"));
                    continue;
                }
                next = map(row);
            }
            return true;
        }

        @Override
        public RowOutcome<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RowOutcome<T> outcome = next;
            next = null;
            return outcome;
        }

        /** Only blank rows followed by data are reported: trailing formatted rows are not worth a line. */
        private void flushBlankRows() {
            if (blankFrom > 0) {
                String rows = blankFrom == blankTo ? "第 " + blankFrom + " 行" : "第 " + blankFrom + "–" + blankTo + " 行";
                notices.accept(notice(blankFrom, WHOLE_ROW, null, rows + "为空行，已跳过（不计入读取行数）"));
                blankFrom = -1;
            }
        }

        private Header findHeader() {
            while (buffered.size() < HEADER_SCAN_ROWS && source.hasNext()) {
                buffered.add(source.next());
            }
            for (TableRow candidate : buffered) {
                Header found = analyse(candidate);
                if (found.mapped().size() >= 2) {
                    while (buffered.peek() != candidate) {
                        TableRow skipped = buffered.poll();
                        if (!skipped.isBlank()) {
                            notices.accept(notice(skipped.rowNumber(), WHOLE_ROW, firstText(skipped),
                                    "不是表头（可能是合并单元格的标题行），已跳过"));
                        }
                    }
                    buffered.poll();
                    lastRow = candidate.rowNumber();
                    reportHeader(found);
                    return found;
                }
            }
            throw new TableFormatException("前 " + HEADER_SCAN_ROWS + " 行中找不到表头：应有「"
                    + String.join("」「", columns.stream().filter(Column::required).map(Column::header).toList())
                    + "」等列名（可下载导入模板对照）");
        }

        private Header analyse(TableRow row) {
            Map<Integer, Column> mapped = new LinkedHashMap<>();
            Map<Integer, String> names = new HashMap<>();
            Map<Integer, String> unknown = new LinkedHashMap<>();
            Set<Integer> blank = new HashSet<>();
            Map<String, String> sourceFields = new HashMap<>();
            Set<Column> used = new HashSet<>();
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cell(i);
                if (cell == null || cell.isBlank()) {
                    blank.add(i);
                    continue;
                }
                String name = cell.text().strip();
                Column column = HeaderNames.match(columns, name).orElse(null);
                if (column == null || !used.add(column)) {
                    unknown.put(i, name);
                    continue;
                }
                mapped.put(i, column);
                names.put(i, name);
                sourceFields.putIfAbsent(column.topField(), name);
            }
            return new Header(row.rowNumber(), mapped, names, unknown, blank, sourceFields);
        }

        private void reportHeader(Header h) {
            h.unknown().forEach((i, name) -> notices.accept(notice(h.rowNumber(), name + "（" + TableRow.columnLetter(i)
                    + " 列）", null, "未识别或重复的列，其值保留在 origin.unmapped")));
            List<String> missing = new ArrayList<>();
            for (Column c : columns) {
                if (c.required() && !h.mapped().containsValue(c)) {
                    missing.add(c.header());
                }
            }
            if (!missing.isEmpty()) {
                notices.accept(notice(h.rowNumber(), WHOLE_ROW, null, "缺少必填列「" + String.join("」「", missing)
                        + "」，缺少的值会使各行被拒绝"));
            }
        }

        private RowOutcome<T> map(TableRow row) {
            String externalId = text(row, "origin.externalId");
            RowContext ctx = new RowContext(row.rowNumber(), externalId != null ? externalId : text(row, "id"));
            ObjectNode record = json.createObjectNode();
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cell(i);
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                Column column = header.mapped().get(i);
                String name = column != null ? header.names().get(i) : header.unknown().get(i);
                if (column == null && name == null) {
                    if (blankColumnsReported.add(i)) {
                        notices.accept(notice(row.rowNumber(), TableRow.columnLetter(i) + " 列", cell.text(),
                                "该列表头为空（可能是合并单元格），本列的值都未导入"));
                    }
                    continue;
                }
                if (cell.formula()) {
                    ctx.problem(name, cell.text(), "单元格是公式：导入不计算公式，请把该列复制后「粘贴为数值」再导入");
                } else if (cell.error() != null) {
                    ctx.problem(name, cell.text(), cell.error());
                } else if (column == null) {
                    ctx.keepRaw(name, cell.text());
                } else {
                    ColumnValues.read(column, name, unescaped(cell.text()), ctx, record);
                }
            }
            if (!ctx.unmapped().isEmpty()) {
                ObjectNode unmapped = record.withObject("origin").putObject("unmapped");
                ctx.unmapped().forEach(unmapped::put);
            }
            T mapped;
            try {
                mapped = json.treeToValue(record, kind.recordClass());
            } catch (JacksonException e) {
                ctx.problem(WHOLE_ROW, null, "无法组成" + kind.displayName() + "记录：" + e.getOriginalMessage());
                return ctx.reject();
            }
            return ctx.finish(mapped, kind, header.sourceFields());
        }

        private String text(TableRow row, String path) {
            for (var e : header.mapped().entrySet()) {
                Cell cell = row.cell(e.getKey());
                if (e.getValue().path().equals(path) && cell != null && !cell.isBlank() && !cell.formula()) {
                    return cell.text().strip();
                }
            }
            return null;
        }
    }

    /**
     * Exports write {@code '=…} so that a spreadsheet does not run text as a formula (CSV injection); the
     * apostrophe is taken off again here, so export → import gives the text back.
     */
    static String unescaped(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private static String firstText(TableRow row) {
        return row.cells().stream().filter(c -> c != null && !c.isBlank()).map(Cell::text).findFirst().orElse(null);
    }

    private static RowProblem notice(int row, String field, String value, String reason) {
        return new RowProblem(row, null, field, value, reason);
    }
}
