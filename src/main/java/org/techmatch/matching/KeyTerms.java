package org.techmatch.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which shared words are worth showing as 共同关键术语: not a generic word of our stoplist
 * ({@code matching/generic-terms.txt}), and not a word found in too large a share of the library (the idf floor,
 * applied where document frequencies are known, see {@link SelectedTerms#commonWords}). Display only: the ranking
 * weighs every selected term as before.
 */
public final class KeyTerms {
    /**
     * The idf floor, in BM25's idf (ln(1 + (N − df + ½)/(df + ½)), as the term selector computes it). 2.3 is the
     * idf of a word found in about one document in ten (ln 10): such a word (方法, 装置, 设备, 生产, 材料 in the
     * Tianjin libraries) is shared by most pairs of the same broad field, so it says nothing about why this pair
     * matches. Lower and 10 % words pass; higher (one in twenty, idf 3.0) also hides subject words such as 检测.
     */
    public static final double MIN_IDF = 2.3;
    static final String STOPLIST = "matching/generic-terms.txt";
    private static final Set<String> GENERIC = load();

    private KeyTerms() {
    }

    /** True when the word is in the stoplist of generic words. */
    public static boolean isGeneric(String word) {
        return GENERIC.contains(word);
    }

    static Set<String> generic() {
        return GENERIC;
    }

    private static Set<String> load() {
        InputStream in = KeyTerms.class.getClassLoader().getResourceAsStream(STOPLIST);
        if (in == null) {
            throw new IllegalStateException("the stoplist " + STOPLIST + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stoplist " + STOPLIST, e);
        }
    }
}
