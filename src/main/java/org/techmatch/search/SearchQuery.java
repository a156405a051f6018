package org.techmatch.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated search request.
 *
 * @param filters index field → accepted terms (OR within a field, AND across fields)
 */
public record SearchQuery(String text, Map<String, List<String>> filters, LocalDate createdFrom, LocalDate createdTo,
                          Double amountMinWan, Double amountMaxWan, SortOrder sort, int page, int size) {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public int offset() {
        return (page - 1) * size;
    }
}
