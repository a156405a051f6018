package org.techmatch.search;

import java.util.List;
import java.util.Map;

/** One page of a search: the exact total, the hits, and facet counts over the whole filtered result. */
public record SearchPage<T>(long total, int page, int size, List<Hit<T>> items, Map<String, List<FacetCount>> facets) {

    /** A hit: the record as the viewer may see it, its relevance score, and highlighted HTML snippets. */
    public record Hit<T>(T record, Float score, Map<String, String> highlights) {
    }

    public record FacetCount(String value, long count) {
    }
}
