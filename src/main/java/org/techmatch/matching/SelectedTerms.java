package org.techmatch.matching;

import java.util.List;
import java.util.Set;

/**
 * The query side of text matching: the informative words and bigrams of a query record (strongest first),
 * every bigram of its text, and its title's bigrams with their weights.
 */
public record SelectedTerms(List<WeightedTerm> words, List<WeightedTerm> bigrams, Set<String> allBigrams,
                     List<WeightedTerm> titleBigrams) {
    public boolean isEmpty() {
        return words.isEmpty() && bigrams.isEmpty();
    }
}
