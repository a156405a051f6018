package org.techmatch.search;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a library can be searched by: its keyword filters (each also a facet), the query parameter
 * names of its amount range (moneyParam "price" gives priceMin/priceMax; null for a library without
 * amounts, such as experts), and the statuses listed when no status filter is given.
 */
public record SearchSchema(List<KeywordFilter> keywordFilters, String moneyParam, List<String> defaultStatuses) {

    /** The index fields a search page counts facets of, each once. */
    public List<String> facetFields() {
        return keywordFilters.stream().filter(KeywordFilter::facet).map(KeywordFilter::indexField).distinct().toList();
    }

    /**
     * A filter on an exact value. canonical turns user input (a code, a label, an alias) into the indexed
     * term and throws an UnknownValueException listing the accepted values otherwise.
     */
    public record KeywordFilter(String param, List<String> aliases, String indexField, boolean facet,
                                UnaryOperator<String> canonical) {
        public boolean answersTo(String name) {
            return param.equals(name) || aliases.contains(name);
        }
    }
}
