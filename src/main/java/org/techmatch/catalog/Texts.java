package org.techmatch.catalog;

import java.text.Normalizer;
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

    /**
     * The form two organisation names are compared in: NFKC (full-width letters, compatibility forms), without
     * invisible format characters (zero-width space, joiners, BOM) or any white space, lower case. Who owns a
     * record and who has a conflict of interest must not be dodged by a name that only looks different.
     */
    public static String organisationKey(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> Character.getType(c) != Character.FORMAT && !Character.isWhitespace(c)
                        && !Character.isSpaceChar(c))
                .forEach(c -> key.appendCodePoint(Character.toLowerCase(c)));
        return key.isEmpty() ? null : key.toString();
    }

    /** Whether two organisation names name the same organisation once folded ({@link #organisationKey}). */
    public static boolean sameOrganisation(String a, String b) {
        String keyA = organisationKey(a);
        return keyA != null && keyA.equals(organisationKey(b));
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
