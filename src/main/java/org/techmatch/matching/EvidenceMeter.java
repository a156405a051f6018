package org.techmatch.matching;

import java.util.ArrayList;
import java.util.List;
import org.techmatch.text.TextAnalysis;

/**
 * Measures how much of a query's selected terms occur in a candidate's text. The terms come out of the
 * analyzers already normalised, so the candidate text is normalised the same way and searched literally:
 * far cheaper than analysing every candidate, and it finds a term however the candidate's text was segmented.
 */
public final class EvidenceMeter {
    /** The start of a long description carries its subject; scanning 20,000 characters per candidate is waste. */
    static final int SCAN_CHARS = 4_000;
    static final int MAX_SHARED_TERMS = 8;

    private EvidenceMeter() {
    }

    /** A candidate's text as the selected terms are looked for in it: its start, normalised as the analyzers do. */
    public static String fold(String text) {
        return TextAnalysis.normalize(text.length() > SCAN_CHARS ? text.substring(0, SCAN_CHARS) : text);
    }

    /** @param folded the candidate's text as {@link #fold} makes it */
    static TextEvidence measure(SelectedTerms terms, String folded, List<WeightedTerm> candidateTitle,
                                double bm25Ratio, Double cosine) {
        List<String> shared = new ArrayList<>();
        double words = coverage(terms.words(), folded, shared);
        double bigrams = coverage(terms.bigrams(), folded, null);
        double queryTitle = coverage(terms.titleBigrams(), folded, null);
        double total = 0;
        double found = 0;
        for (WeightedTerm bigram : candidateTitle) {
            total += bigram.weight();
            found += terms.allBigrams().contains(bigram.term()) ? bigram.weight() : 0;
        }
        return new TextEvidence(words, bigrams, bm25Ratio, cosine, distinct(keyOnly(shared, terms)), queryTitle,
                total == 0 ? 0 : found / total);
    }

    private static double coverage(List<WeightedTerm> terms, String folded, List<String> found) {
        double total = 0;
        double matched = 0;
        for (WeightedTerm term : terms) {
            total += term.weight();
            if (folded.contains(term.term())) {
                matched += term.weight();
                if (found != null) {
                    found.add(term.term());
                }
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    /** The shared words worth showing: neither in the stoplist of generic words nor under the idf floor. */
    static List<String> keyOnly(List<String> shared, SelectedTerms terms) {
        return shared.stream().filter(t -> !KeyTerms.isGeneric(t) && !terms.commonWords().contains(t)).toList();
    }

    /** Drops a shared term contained in a stronger one (电池 when 锂电池 is listed), keeping at most a handful. */
    private static List<String> distinct(List<String> shared) {
        List<String> kept = new ArrayList<>();
        for (String term : shared) {
            if (kept.size() < MAX_SHARED_TERMS && kept.stream().noneMatch(k -> k.contains(term))) {
                kept.add(term);
            }
        }
        return List.copyOf(kept);
    }
}
