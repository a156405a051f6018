package org.techmatch.search;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.techmatch.text.TextAnalysis;

/**
 * Builds the free-text part of a search. A document matches when two thirds of the query words (after synonyms) or
 * most query bigrams occur in its title or body; the bigram half makes a query whose words are segmented
 * differently from the stored text still match. Titles weigh more than bodies.
 */
public final class TextQueries {
    /** Share of query words that must match; Lucene rounds down, so 3 words need 2 and 2 need 1. */
    static final float WORD_SHARE = 0.67f;
    static final float BIGRAM_SHARE = 0.6f;
    static final float TITLE_BOOST = 3f;

    private final QueryBuilder words;
    private final QueryBuilder bigrams;

    public TextQueries(TextAnalysis analysis) {
        this.words = new QueryBuilder(analysis.wordQueryAnalyzer());
        this.bigrams = new QueryBuilder(analysis.bigramAnalyzer());
    }

    /** The query for text, or null when the text has no searchable token (only punctuation, say). */
    public Query forText(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(query, words.createMinShouldMatchQuery(IndexFields.TITLE + IndexFields.WORDS, text, WORD_SHARE),
                TITLE_BOOST);
        clauses += add(query, words.createMinShouldMatchQuery(IndexFields.BODY + IndexFields.WORDS, text, WORD_SHARE), 1f);
        clauses += add(query, bigrams.createMinShouldMatchQuery(IndexFields.TITLE + IndexFields.BIGRAMS, text,
                BIGRAM_SHARE), TITLE_BOOST / 2);
        clauses += add(query, bigrams.createMinShouldMatchQuery(IndexFields.BODY + IndexFields.BIGRAMS, text,
                BIGRAM_SHARE), 1f);
        return clauses == 0 ? null : query.build();
    }

    private static int add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause == null) {
            return 0;
        }
        query.add(boost == 1f ? clause : new BoostQuery(clause, boost), Occur.SHOULD);
        return 1;
    }
}
