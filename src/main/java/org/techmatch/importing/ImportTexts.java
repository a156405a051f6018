package org.techmatch.importing;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clean-up of free text from foreign exports, before our own {@code Texts.clean}: exports carry HTML
 * sub/superscripts, invisible characters, control characters, no-break and ideographic spaces used as
 * indents, and wrapping quotes. Only what is known to be markup is touched: a literal {@code <} (formulas
 * such as {@code 0<x<1}) stays, because stripping "tags" naively eats text.
 */
public final class ImportTexts {
    /** Only these exact tags are markup; anything else between angle brackets is text. */
    private static final Pattern SUB_SUP = Pattern.compile("<(sub|sup)>([^<>]{1,20})</\\1>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    /** Zero-width space/non-joiner/joiner, word joiner, byte-order mark, soft hyphen: invisible, carry nothing. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern HORIZONTAL_SPACE =
            Pattern.compile("[ \\t\\u00A0\\u3000\\u2000-\\u200A\\u202F\\u205F]+");
    /** Pairs of (plain, Unicode script) characters. */
    private static final String SUPERSCRIPTS = "0⁰1¹2²3³4⁴5⁵6⁶7⁷8⁸9⁹+⁺-⁻=⁼(⁽)⁾nⁿiⁱ";
    private static final String SUBSCRIPTS = "0₀1₁2₂3₃4₄5₅6₆7₇8₈9₉+₊-₋=₌(₍)₎aₐeₑoₒxₓhₕkₖlₗmₘnₙpₚsₛtₜ";

    private ImportTexts() {
    }

    /**
     * A cleaned text and the control characters that were replaced in it (as U+XXXX), which the caller
     * reports because the replacement is a guess.
     */
    public record Cleaned(String text, Set<String> replacedControls) {
        public Cleaned {
            replacedControls = Set.copyOf(replacedControls);
        }
    }

    /** Cleans a multi-line text (a description): paragraphs kept, indents and runs of spaces collapsed. */
    public static Cleaned text(String raw) {
        return clean(raw, false);
    }

    /** Cleans a one-line text (a title, a name): line breaks become spaces, wrapping quotes are removed. */
    public static Cleaned line(String raw) {
        Cleaned cleaned = clean(raw, true);
        return new Cleaned(stripWrappingQuotes(cleaned.text()), cleaned.replacedControls());
    }

    /**
     * Removes ASCII double quotes that wrap the whole text ({@code "…"}), or a single one left at either end when
     * the other was lost to a length cut. Quotes that open and close inside the text ({@code 品种"农丰2号"选育}) stay.
     */
    public static String stripWrappingQuotes(String text) {
        if (text == null) {
            return null;
        }
        long quotes = text.chars().filter(c -> c == '"').count();
        String inner = text;
        if (quotes == 2 && text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            inner = text.substring(1, text.length() - 1);
        } else if (quotes == 1 && text.startsWith("\"")) {
            inner = text.substring(1);
        } else if (quotes == 1 && text.endsWith("\"")) {
            inner = text.substring(0, text.length() - 1);
        }
        inner = inner.strip();
        return inner.isEmpty() ? null : inner;
    }

    private static Cleaned clean(String raw, boolean singleLine) {
        if (raw == null) {
            return new Cleaned(null, Set.of());
        }
        String text = scripts(raw);
        text = LINE_BREAK_TAG.matcher(text).replaceAll("\n");
        text = INVISIBLE.matcher(text).replaceAll("");
        Set<String> replaced = new LinkedHashSet<>();
        text = replaceControls(text, replaced);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = HORIZONTAL_SPACE.matcher(text).replaceAll(" ");
        text = text.replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n");
        if (singleLine) {
            text = text.replaceAll("\n+", " ");
        }
        text = text.strip();
        return new Cleaned(text.isEmpty() ? null : text, replaced);
    }

    /** {@code m<sup>2</sup>} becomes m², {@code ΔT<sub>x</sub>} ΔTₓ; without a Unicode form, the plain content. */
    private static String scripts(String text) {
        Matcher m = SUB_SUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String table = m.group(1).equalsIgnoreCase("sup") ? SUPERSCRIPTS : SUBSCRIPTS;
            m.appendReplacement(out, Matcher.quoteReplacement(mapped(m.group(2), table)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String mapped(String content, String table) {
        StringBuilder out = new StringBuilder();
        for (char c : content.toCharArray()) {
            int at = table.indexOf(c);
            if (at < 0 || at % 2 != 0) {
                return content;
            }
            out.append(table.charAt(at + 1));
        }
        return out.toString();
    }

    /**
     * A control character (other than tab and line breaks) between two ASCII letters or digits becomes a
     * hyphen, anywhere else a space: the tech-market export lost hyphens that way ({@code Al-Zn\u0002Mg-Cu}).
     */
    private static String replaceControls(String text, Set<String> replaced) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            if (!control) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            replaced.add(String.format("U+%04X", (int) c));
            boolean between = i > 0 && i + 1 < text.length() && isAsciiAlnum(text.charAt(i - 1))
                    && isAsciiAlnum(text.charAt(i + 1));
            out.append(between ? '-' : ' ');
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
