package org.techmatch.web;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.vocabulary.UnknownValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains why a request body could not be read, in Chinese, naming the JSON field where possible. */
final class JsonProblems {
    private JsonProblems() {
    }

    static FieldProblem describe(HttpMessageNotReadableException e) {
        JacksonException json = ApiExceptionHandler.causeOf(e, JacksonException.class);
        if (json == null) {
            return new FieldProblem("body", null, "请求体为空或无法读取，应为 JSON 对象");
        }
        String field = path(json);
        UnknownValueException unknown = ApiExceptionHandler.causeOf(e, UnknownValueException.class);
        if (unknown != null) {
            return new FieldProblem(field, unknown.value(), unknown.getMessage());
        }
        if (json instanceof UnrecognizedPropertyException unrecognized) {
            return new FieldProblem(field, unrecognized.getPropertyName(), "未知字段「" + unrecognized.getPropertyName()
                    + "」");
        }
        if (json instanceof StreamReadException && !(json instanceof MismatchedInputException)) {
            var location = json.getLocation();
            String where = location == null ? "" : "（第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列）";
            return new FieldProblem("body", null, "JSON 格式错误" + where);
        }
        if (json instanceof MismatchedInputException mismatch) {
            return new FieldProblem(field.isEmpty() ? "body" : field, null, "类型不正确，应为" + expected(mismatch));
        }
        return new FieldProblem(field.isEmpty() ? "body" : field, null, "无法读取该字段");
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "正确的 JSON 类型";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "数字";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true 或 false";
        }
        if (target == String.class || target.isEnum()) {
            return "文本";
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return "数组";
        }
        if (target == java.time.LocalDate.class) {
            return "日期（YYYY-MM-DD）";
        }
        if (target == java.time.Instant.class) {
            return "时间（ISO-8601）";
        }
        return "对象";
    }

    /** owner.kind, ip[0].kind … from Jackson's reference chain. */
    private static String path(JacksonException e) {
        return e.getPath().stream().map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
