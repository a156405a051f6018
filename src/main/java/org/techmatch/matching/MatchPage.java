package org.techmatch.matching;

import java.util.List;

/**
 * One page of ranked matches for a query record. total counts the good matches (score ≥ threshold);
 * when there are none, noGoodMatch is true, message says 暂无合适匹配, and matches still lists the best
 * candidates, each marked below the threshold, so a manager can see how far off they are.
 */
public record MatchPage(String queryId, String direction, int total, int offset, int limit, double threshold,
                        boolean noGoodMatch, String message, boolean semantic, List<Match> matches) {
}
