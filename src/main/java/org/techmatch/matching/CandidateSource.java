package org.techmatch.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.techmatch.catalog.RecordKind;

/**
 * Where the engine gets its candidates: the seam between matching and the index. The embedded Lucene index
 * implements it ({@link org.techmatch.search.candidates.LuceneCandidateSource}); a remote engine (SolrCloud, same
 * analyzers) can replace it without touching the ranking. Nothing of the engine crosses it: no searcher, no
 * document numbers, no engine queries; candidates come back as profiles with the evidence the features need.
 */
public interface CandidateSource {
    /** What restricts candidates, in the engine's own form: built once per ranking, opaque to matching. */
    interface Filter {
    }

    /**
     * The candidates' library, a valid status (withdrawn, closed or expired records never match), a demand's
     * validity date not passed, and the user's filters with the same names and values as in search.
     *
     * @throws org.techmatch.catalog.ValidationException naming any unknown filter or value
     */
    Filter filter(RecordKind<?> candidates, Map<String, List<String>> userFilters, LocalDate today);

    /**
     * Candidates of the query: BM25 over its informative terms united with its nearest vectors (when it has one),
     * in the engine's order, the query record itself left out.
     */
    Candidates find(MatchProfile query, Filter filter);

    /**
     * The first stage alone: the query's terms selected and its BM25 query run for the lexical candidates, nothing
     * read, scored or explained. What the benchmark times as the floor of a match; returns the hits found.
     */
    int lexicalOnly(MatchProfile query, Filter filter);

    /**
     * Records that need not be in the index (a challenge's applications) described for scoring against a query;
     * term weights still come from the index, so a proposal is judged on the same scale as stored records.
     */
    Candidates describe(MatchProfile query, List<MatchProfile> proposals);

    /** Whether the record with this id passes the filter. */
    boolean passes(Filter filter, String id);

    /** The stored vector of a record, or null when it has none (yet). */
    float[] storedVector(String id);

    /**
     * Changes with every acknowledged write of the records the filter's candidates are built from: a cached ranking
     * of an older generation is never served.
     */
    long generation(Filter filter);

    /** The query's selected terms and its candidates. */
    record Candidates(SelectedTerms terms, List<Candidate> candidates) {
    }

    /**
     * One candidate as the features see it: its profile (without its vector), its vector if the query has one,
     * its text folded for literal term search, its title's bigrams weighed by idf, and its BM25 score as a share of
     * the best lexical candidate's (0 for a vector-only candidate or a proposal).
     */
    record Candidate(MatchProfile profile, float[] vector, String folded, List<WeightedTerm> title,
                     double bm25Ratio) {
    }
}
