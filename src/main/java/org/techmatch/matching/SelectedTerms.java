package org.techmatch.matching;

import java.util.List;
import java.util.Set;

/**
 * The query side of text matching: the informative words and bigrams of a query record (strongest first),
 * every bigram of its text, and its title's bigrams with their weights.
 *
 * @param commonWords the selected words whose idf is under {@link KeyTerms#MIN_IDF}: they still count as
 *                    evidence, but are never shown as shared key terms
 */
public record SelectedTerms(List<WeightedTerm> words, List<WeightedTerm> bigrams, Set<String> allBigrams,
                     List<WeightedTerm> titleBigrams, Set<String> commonWords) {
    public SelectedTerms {
        commonWords = commonWords == null ? Set.of() : Set.copyOf(commonWords);
    }

    public SelectedTerms(List<WeightedTerm> words, List<WeightedTerm> bigrams, Set<String> allBigrams,
                         List<WeightedTerm> titleBigrams) {
        this(words, bigrams, allBigrams, titleBigrams, Set.of());
    }

    public boolean isEmpty() {
        return words.isEmpty() && bigrams.isEmpty();
    }
}
