package org.techmatch.matching;

import java.util.List;
import java.util.Map;

/**
 * Paging and filters of a match request. Filters use the candidate library's search filter names
 * (techField, region, maturity …) and restrict candidates before scoring. includeWeak also lists candidates
 * under the threshold (marked as such), for a manager who wants to see how far off they are.
 */
public record MatchRequest(int offset, int limit, Map<String, List<String>> filters, boolean includeWeak) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_WINDOW = 200;

    public MatchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (offset < 0 || limit < 1 || offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must be within 1.." + MAX_WINDOW);
        }
    }

    /** Good matches only: under the threshold the engine says 暂无合适匹配 instead of padding the list. */
    public MatchRequest(int offset, int limit, Map<String, List<String>> filters) {
        this(offset, limit, filters, false);
    }

    public static MatchRequest top(int limit) {
        return new MatchRequest(0, limit, Map.of());
    }
}
