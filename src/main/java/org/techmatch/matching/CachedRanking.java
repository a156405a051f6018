package org.techmatch.matching;

import java.time.Instant;
import java.util.List;

/**
 * A ranking as the cache keeps it: each candidate in order with its score and text evidence, and the instant it
 * was scored. Feature values and their sentences are nine tenths of a scored candidate's size and a page shows 20
 * of up to 200, so they are computed again, from the same evidence and instant, for the candidates a page shows.
 * Every ranking cached was memory held until eviction; kept whole, they were most of what each young collection
 * had to copy.
 */
record CachedRanking(List<Entry> entries, Instant scoredAt) {
    /** A candidate's place in the ranking without its feature values. */
    record Entry(MatchProfile candidate, TextEvidence evidence, double score) {
    }

    static CachedRanking of(List<ScoredCandidate> ranked, Instant scoredAt) {
        return new CachedRanking(ranked.stream().map(c -> new Entry(c.candidate(), c.evidence(), c.score())).toList(),
                scoredAt);
    }

    int size() {
        return entries.size();
    }
}
