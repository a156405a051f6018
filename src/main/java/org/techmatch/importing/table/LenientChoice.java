package org.techmatch.importing.table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.techmatch.vocabulary.Labelled;

/**
 * Matches a spreadsheet's spelling of a controlled value leniently: the label itself is exact; an alias or the
 * English constant name is a known other spelling; failing that, a value that contains exactly one label or alias
 * (「已通过小试」, 「发明专利（授权）」) or is contained in exactly one (「小试」) is a guess. Anything other than the label is
 * reported, so an official sees what was read.
 */
public final class LenientChoice {
    /** Words that carry nothing when comparing spellings: 阶段, 技术, 专利 alone do not tell values apart. */
    private static final Pattern FILLER = Pattern.compile("[\\s\\p{Punct}（）【】「」、，。；：·]|阶段");

    private LenientChoice() {
    }

    /** A matched label and, unless the input was the label itself, a Chinese note saying how it was read. */
    public record Match(String label, String note) {
    }

    public static <E extends Enum<E> & Labelled> Optional<Match> match(Class<E> type, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.label().equals(value)) {
                return Optional.of(new Match(candidate.label(), null));
            }
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(value) || candidate.aliases().contains(value)) {
                return Optional.of(new Match(candidate.label(), "「" + value + "」按「" + candidate.label() + "」导入"));
            }
        }
        String wanted = squash(value);
        List<E> containing = new ArrayList<>();
        for (E candidate : type.getEnumConstants()) {
            if (spellings(candidate).stream().anyMatch(s -> !s.isEmpty()
                    && (wanted.contains(s) || s.contains(wanted) && wanted.length() >= 2))) {
                containing.add(candidate);
            }
        }
        if (containing.size() == 1) {
            E guess = containing.getFirst();
            return Optional.of(new Match(guess.label(), "「" + value + "」疑为「" + guess.label() + "」，已按此导入"));
        }
        return Optional.empty();
    }

    private static List<String> spellings(Labelled value) {
        List<String> all = new ArrayList<>();
        all.add(squash(value.label()));
        value.aliases().forEach(a -> all.add(squash(a)));
        return all;
    }

    static String squash(String text) {
        return FILLER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase()).replaceAll("");
    }
}
