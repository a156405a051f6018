package org.techmatch.matching;

import java.util.List;

/**
 * What the texts of a pair have in common.
 *
 * @param wordCoverage   share of the query's selected word weight found in the candidate, in [0, 1]
 * @param bigramCoverage the same for character bigrams (robust to a different segmentation)
 * @param bm25Ratio      the candidate's BM25 score over the best BM25 score of this query, in [0, 1]
 * @param cosine         cosine of the two semantic vectors, or null when either has none
 * @param sharedTerms    the shared words, strongest first
 */
record TextEvidence(double wordCoverage, double bigramCoverage, double bm25Ratio, Double cosine,
                    List<String> sharedTerms) {
}
