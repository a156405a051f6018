package org.techmatch.catalog;

/** One rejected input: the field's JSON path, the rejected value (shortened) and a Chinese message. */
public record FieldProblem(String field, Object value, String message) {
    public FieldProblem {
        value = Texts.preview(value);
    }
}
