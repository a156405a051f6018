package org.techmatch.catalog;

import java.util.List;

/** Input that breaks the record rules; nothing was written. Maps to HTTP 400. */
public final class ValidationException extends RuntimeException {
    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "输入有误" : problems.getFirst().field() + "：" + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public static ValidationException of(String field, Object value, String message) {
        return new ValidationException(List.of(new FieldProblem(field, value, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
