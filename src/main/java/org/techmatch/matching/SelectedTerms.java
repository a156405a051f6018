package org.techmatch.matching;

import java.util.List;

/** The informative words and bigrams of a query record, strongest first. */
record SelectedTerms(List<WeightedTerm> words, List<WeightedTerm> bigrams) {
    boolean isEmpty() {
        return words.isEmpty() && bigrams.isEmpty();
    }
}
