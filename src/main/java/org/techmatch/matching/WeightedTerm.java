package org.techmatch.matching;

/** A query term chosen for matching, with its weight (term frequency × inverse document frequency). */
public record WeightedTerm(String term, double weight) {
}
