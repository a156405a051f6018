package org.techmatch.catalog;

import java.util.List;
import java.util.Objects;

/** Input clean-up shared by every record: trims (including no-break and ideographic spaces) and drops empty entries. */
public final class Texts {
    private Texts() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip().replaceAll("^[\\u00a0\\u3000]+|[\\u00a0\\u3000]+$", "");
        return stripped.isEmpty() ? null : stripped;
    }

    public static List<String> cleanAll(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(Texts::clean).filter(Objects::nonNull).distinct().toList();
    }

    public static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    /** A short form of a rejected value for error messages, so a 1 MB field is not echoed back. */
    public static Object preview(Object value) {
        if (value instanceof String s && s.length() > 80) {
            return s.substring(0, 80) + "…（共 " + s.length() + " 字）";
        }
        return value;
    }
}
