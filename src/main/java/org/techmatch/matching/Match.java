package org.techmatch.matching;

/** One candidate with its calibrated score in [0, 1] and why it matched. */
public record Match(String id, String type, String title, double score, boolean good, Explanation explanation) {
}
