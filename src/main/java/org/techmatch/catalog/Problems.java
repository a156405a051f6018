package org.techmatch.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects every rule a record breaks, so one response lists all of them. */
public final class Problems {
    private final List<FieldProblem> problems = new ArrayList<>();

    public void add(String field, Object value, String message) {
        problems.add(new FieldProblem(field, value, message));
    }

    public void required(String field, Object value) {
        if (value == null) {
            add(field, null, "必填");
        }
    }

    /** Checks a text field: present if required, within maxChars, and free of control characters. */
    public void text(String field, String value, int maxChars, boolean required) {
        if (value == null) {
            if (required) {
                add(field, null, "必填");
            }
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxChars) {
            add(field, value, "长度不能超过 " + maxChars + " 字（当前 " + length + " 字）");
        }
        String bad = forbiddenCharacter(value);
        if (bad != null) {
            add(field, value, bad);
        }
    }

    public void texts(String field, List<String> values, int maxItems, int maxChars) {
        if (values.size() > maxItems) {
            add(field, values.size(), "最多 " + maxItems + " 项（当前 " + values.size() + " 项）");
        }
        for (int i = 0; i < values.size(); i++) {
            text(field + "[" + i + "]", values.get(i), maxChars, false);
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * Control characters (other than tab and line breaks), unpaired surrogates and non-characters are
     * refused: they break display, search and exports, and are a common injection vehicle.
     */
    public static String forbiddenCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            boolean nonCharacter = c == '\uFFFE' || c == '\uFFFF';
            if (control || loneSurrogate || nonCharacter) {
                return String.format("包含不允许的字符 U+%04X（第 %d 个字符）", (int) c, i + 1);
            }
        }
        return null;
    }
}
