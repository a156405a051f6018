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
        // A loop, not a regular expression: records are decoded (and cleaned) for every match candidate.
        int start = 0;
        int end = value.length();
        while (start < end && blank(value.charAt(start))) {
            start++;
        }
        while (end > start && blank(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    /** White space, including the no-break space that String.strip keeps. */
    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
