package org.techmatch.vocabulary;

import java.util.Arrays;
import java.util.List;

/** Parses labelled enums from a label, an alias or the English constant name, and nothing else. */
public final class Vocabularies {
    private Vocabularies() {
    }

    public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String vocabularyName, String raw) {
        String value = raw == null ? "" : raw.strip();
        for (E candidate : type.getEnumConstants()) {
            if (candidate.label().equals(value) || candidate.name().equalsIgnoreCase(value)
                    || candidate.aliases().contains(value)) {
                return candidate;
            }
        }
        throw new UnknownValueException(vocabularyName, value, labels(type));
    }

    public static <E extends Enum<E> & Labelled> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
    }
}
