package org.techmatch.search;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.search.Query;
import org.techmatch.store.StoredRecord;

/**
 * Runs a {@link SearchQuery} against one library: filters, text relevance, sorting, paging, facets, snippets. One
 * implementation per backend ({@link LuceneLibrarySearcher} on the embedded index, {@code search.solr} on a
 * SolrCloud collection); both run the query {@link SearchQueries} builds, so the services above see the same hits.
 */
public interface LibrarySearcher {

    /**
     * @param decode   turns a stored record into what the caller returns (already redacted for the viewer)
     * @param snippets field name → the text of that field in a returned record, for highlighting
     */
    <T> SearchPage<T> search(String type, SearchSchema schema, SearchQuery query, ReadScope scope,
                             Function<StoredRecord, T> decode, Map<String, Function<T, String>> snippets);

    /** Visits every hit of a query in its sort order, not just one page (exports). */
    void forEachHit(String type, SearchSchema schema, SearchQuery query, ReadScope scope,
                    Consumer<StoredRecord> visitor);

    /**
     * Visits every record of a library that the scope may read, whatever its status, in id order (an export of the
     * whole library).
     */
    void forEachRecord(String type, SearchSchema schema, ReadScope scope, Consumer<StoredRecord> visitor);

    /** The filters of a query (type, keyword filters, dates, amounts) without its text: for matching candidates. */
    Query filterQuery(String type, SearchSchema schema, SearchQuery query);
}
