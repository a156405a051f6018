package org.techmatch.matching;

import java.util.List;

/**
 * One page of ranked matches for a query record. good counts the good matches (score ≥ threshold), listed the
 * candidates this request lists (the good ones, or every candidate when weaker ones are asked for), and total
 * equals listed (what paging goes by). When there are no good matches, noGoodMatch is true, message says
 * 暂无合适匹配, and matches still lists the best candidates, each marked below the threshold, so a manager can
 * see how far off they are.
 */
public record MatchPage(String queryId, String direction, int total, int offset, int limit, double threshold,
                        boolean noGoodMatch, String message, boolean semantic, List<Match> matches, int good,
                        int listed) {

    /** A page whose listed candidates are all good ones (or, when noGoodMatch, none is). */
    public MatchPage(String queryId, String direction, int total, int offset, int limit, double threshold,
                     boolean noGoodMatch, String message, boolean semantic, List<Match> matches) {
        this(queryId, direction, total, offset, limit, threshold, noGoodMatch, message, semantic, matches,
                noGoodMatch ? 0 : total, total);
    }
}
