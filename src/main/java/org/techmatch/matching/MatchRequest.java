package org.techmatch.matching;

import java.util.List;
import java.util.Map;

/**
 * Paging and filters of a match request. Filters use the candidate library's search filter names
 * (techField, region, maturity …) and restrict candidates before scoring.
 */
public record MatchRequest(int offset, int limit, Map<String, List<String>> filters) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_WINDOW = 200;

    public MatchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static MatchRequest top(int limit) {
        return new MatchRequest(0, limit, Map.of());
    }
}
