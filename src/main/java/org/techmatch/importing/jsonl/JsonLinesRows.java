package org.techmatch.importing.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.RecordKind;
import org.techmatch.importing.RowContext;
import org.techmatch.importing.RowOutcome;
import org.techmatch.vocabulary.UnknownValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own JSON Lines format (one record per line, the API's and the fixtures' JSON, as exports write it): each
 * non-blank line becomes one outcome, read with the API's strictness (unknown fields are errors, not silently
 * dropped) and validated with the library's rules. A line that is not valid JSON is rejected, not fatal.
 */
public final class JsonLinesRows<T extends CatalogRecord> {
    private static final String WHOLE_ROW = "（整行）";
    private final RecordKind<T> kind;
    private final JsonMapper json;

    public JsonLinesRows(RecordKind<T> kind, JsonMapper json) {
        this.kind = kind;
        this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    }

    /** The outcomes of reader's lines; closing the stream closes the reader. */
    public Stream<RowOutcome<T>> outcomes(BufferedReader reader) {
        Iterator<RowOutcome<T>> rows = new Iterator<>() {
            private int lineNumber;
            private RowOutcome<T> next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    String line = readLine(reader);
                    if (line == null) {
                        return false;
                    }
                    lineNumber++;
                    if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (!line.isBlank()) {
                        next = map(lineNumber, line);
                    }
                }
                return true;
            }

            @Override
            public RowOutcome<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RowOutcome<T> row = next;
                next = null;
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    RowOutcome<T> map(int lineNumber, String line) {
        T record;
        try {
            record = json.readValue(line, kind.recordClass());
        } catch (JacksonException e) {
            RowContext ctx = new RowContext(lineNumber, null);
            describe(e, ctx);
            return ctx.reject();
        }
        String externalId = record.origin() != null && record.origin().externalId() != null
                ? record.origin().externalId() : record.id();
        return new RowContext(lineNumber, externalId).finish(record, kind, java.util.Map.of());
    }

    /** Names the field and says what is wrong with it, in Chinese, as the API's error responses do. */
    private static void describe(JacksonException e, RowContext ctx) {
        String field = e.getPath().stream().map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
        field = field.isEmpty() ? WHOLE_ROW : field;
        UnknownValueException unknown = causeOf(e);
        if (unknown != null) {
            ctx.problem(field, unknown.value(), unknown.getMessage());
        } else if (e instanceof UnrecognizedPropertyException unrecognized) {
            ctx.problem(field, unrecognized.getPropertyName(), "未知字段「" + unrecognized.getPropertyName() + "」");
        } else if (e instanceof MismatchedInputException) {
            ctx.problem(field, null, "类型不正确：" + e.getOriginalMessage());
        } else {
            ctx.problem(WHOLE_ROW, null, "不是合法的 JSON：" + e.getOriginalMessage());
        }
    }

    private static UnknownValueException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownValueException unknown) {
                return unknown;
            }
        }
        return null;
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
