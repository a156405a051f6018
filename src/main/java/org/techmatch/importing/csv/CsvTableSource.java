package org.techmatch.importing.csv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.techmatch.importing.RowProblem;
import org.techmatch.importing.table.Cell;
import org.techmatch.importing.table.TableFormatException;
import org.techmatch.importing.table.TableRow;
import org.techmatch.importing.table.TableSource;

/**
 * Reads a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks) one record at a time, in
 * the encoding {@link CharsetDetector} finds. Comma, tab and semicolon separators are told apart by the first
 * line. Row numbers count records as a spreadsheet shows them, the header being row 1.
 */
public final class CsvTableSource implements TableSource {
    private static final int SAMPLE_BYTES = 64 * 1024;
    /** A cell longer than this is cut and refused: an unbalanced quote must not swallow the whole file. */
    static final int MAX_CELL_CHARS = 1_000_000;

    private final Reader reader;
    private final List<RowProblem> notes = new ArrayList<>();
    private char separator;
    private int rowNumber;
    private int pushedBack = -2;
    private TableRow next;
    private boolean done;

    private CsvTableSource(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SAMPLE_BYTES);
        buffered.mark(SAMPLE_BYTES);
        byte[] head = buffered.readNBytes(SAMPLE_BYTES);
        buffered.reset();
        CharsetDetector.Detected detected = CharsetDetector.detect(head, head.length);
        buffered.skipNBytes(detected.bomLength());
        this.reader = new BufferedReader(new InputStreamReader(buffered, detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                SAMPLE_BYTES);
        this.separator = separatorOf(new String(head, detected.bomLength(), head.length - detected.bomLength(),
                detected.charset()));
        notes.add(new RowProblem(0, null, "文件编码", detected.describe(), "按 " + detected.describe() + " 读取"));
    }

    public static CsvTableSource open(Path file) {
        try {
            return new CsvTableSource(Files.newInputStream(file));
        } catch (IOException e) {
            throw new TableFormatException("无法读取 CSV 文件：文件不存在、不可读或已损坏", e);
        }
    }

    /** The separator the header line uses most: comma unless tabs or semicolons clearly are. */
    static char separatorOf(String sample) {
        int end = sample.indexOf('\n');
        String firstLine = end < 0 ? sample : sample.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readRecord();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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

    private TableRow readRecord() throws IOException {
        int c = read();
        if (c < 0) {
            done = true;
            return null;
        }
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean tooLong = false;
        rowNumber++;
        for (; ; c = read()) {
            if (c < 0) {
                cells.add(cell(field, wasQuoted, tooLong));
                return new TableRow(rowNumber, cells);
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(after);
                    }
                } else if (field.length() < MAX_CELL_CHARS) {
                    field.append(ch);
                } else {
                    tooLong = true;
                }
            } else if (ch == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == separator) {
                cells.add(cell(field, wasQuoted, tooLong));
                field.setLength(0);
                wasQuoted = false;
                tooLong = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                cells.add(cell(field, wasQuoted, tooLong));
                return new TableRow(rowNumber, cells);
            } else if (field.length() < MAX_CELL_CHARS) {
                field.append(ch);
            } else {
                tooLong = true;
            }
        }
    }

    private static Cell cell(StringBuilder field, boolean quoted, boolean tooLong) {
        if (tooLong) {
            return new Cell(field.substring(0, 200), false, "单元格超过 " + MAX_CELL_CHARS + " 字（或引号未闭合），已拒绝");
        }
        String text = field.toString();
        return text.isEmpty() && !quoted ? null : Cell.of(text);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written; closing a reader loses nothing
        }
    }
}
