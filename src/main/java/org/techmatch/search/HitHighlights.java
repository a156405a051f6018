package org.techmatch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The highlighted snippets of one hit, made from the record as returned (already redacted for its viewer) rather
 * than from an index, so both backends mark the same words.
 */
public final class HitHighlights {
    static final int SNIPPET_CHARS = 160;

    private final SnippetHighlighter highlighter;

    public HitHighlights(SnippetHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    /** The query words to mark; none when the query has no text. */
    public Set<String> termsOf(SearchQuery query) {
        return query.hasText() ? highlighter.termsOf(query.text()) : Set.of();
    }

    /** @param snippets field name → the text of that field in the record */
    public <T> Map<String, String> of(T record, Set<String> terms, Map<String, Function<T, String>> snippets) {
        Map<String, String> marks = new LinkedHashMap<>();
        if (terms.isEmpty()) {
            return marks;
        }
        snippets.forEach((field, text) -> {
            String value = text.apply(record);
            String marked = "title".equals(field) ? highlighter.markAll(value, terms)
                    : highlighter.snippet(value, terms, SNIPPET_CHARS);
            if (marked != null) {
                marks.put(field, marked);
            }
        });
        return marks;
    }
}
