package org.techmatch.search.candidates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.techmatch.catalog.RecordKind;
import org.techmatch.demand.DemandKind;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.search.SearchQuery;
import org.techmatch.search.SearchQueryParser;

/**
 * Which records may be candidates: the right library, a valid status (withdrawn, closed or expired records
 * never match, whatever filter a user adds), a demand's validity date not passed, and the user's filters
 * with the same names and values as in search.
 */
final class CandidateFilters {
    private final LibrarySearcher searcher;

    CandidateFilters(LibrarySearcher searcher) {
        this.searcher = searcher;
    }

    /** @throws org.techmatch.catalog.ValidationException naming any unknown filter or value */
    Query build(RecordKind<?> candidates, Map<String, List<String>> userFilters, LocalDate today) {
        Map<String, List<String>> params = new LinkedHashMap<>(userFilters);
        SearchQuery parsed = SearchQueryParser.parse(params, candidates.searchSchema());
        BooleanQuery.Builder filter = new BooleanQuery.Builder()
                .add(searcher.filterQuery(candidates.type(), candidates.searchSchema(), parsed), Occur.FILTER);
        List<String> valid = candidates.searchSchema().defaultStatuses();
        // Without a status filter the search filter already keeps the valid statuses; with one, only its valid part
        if (!valid.isEmpty() && parsed.filters().containsKey("status")) {
            filter.add(new TermInSetQuery("status", valid.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        if (DemandKind.TYPE.equals(candidates.type())) {
            filter.add(LongField.newRangeQuery(DemandKind.VALID_UNTIL_DAY, Long.MIN_VALUE, today.toEpochDay() - 1),
                    Occur.MUST_NOT);
        }
        return filter.build();
    }

}
