package org.techmatch.importing.techmarket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a JSON Lines export line by line, so a file of any size is read in constant memory. Blank lines are
 * not rows (a trailing newline is common) and are skipped; every other line becomes a {@link SourceRow}, a line
 * that is not a JSON object included, so that it is reported rather than lost.
 */
final class TechMarketReader {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TechMarketReader() {
    }

    /** The rows of reader; closing the stream closes the reader. */
    static Stream<SourceRow> rows(BufferedReader reader) {
        Iterator<SourceRow> rows = new Iterator<>() {
            private int lineNumber;
            private SourceRow next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    String line = readLine();
                    if (line == null) {
                        return false;
                    }
                    lineNumber++;
                    if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (!line.isBlank()) {
                        next = parse(lineNumber, line);
                    }
                }
                return true;
            }

            @Override
            public SourceRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRow row = next;
                next = null;
                return row;
            }

            private String readLine() {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> close(reader));
    }

    static SourceRow parse(int lineNumber, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return SourceRow.unreadable(lineNumber, "不是合法的 JSON：" + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return SourceRow.unreadable(lineNumber, "不是 JSON 对象（每行应为一条记录）");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            String raw = value.isNull() ? null : value.isString() ? value.stringValue() : value.toString();
            fields.put(field.getKey(), raw);
        }
        return new SourceRow(lineNumber, fields, null);
    }

    private static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
