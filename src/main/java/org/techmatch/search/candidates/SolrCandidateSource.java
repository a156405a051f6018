package org.techmatch.search.candidates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.techmatch.catalog.RecordKind;
import org.techmatch.matching.CandidateSource;
import org.techmatch.matching.MatchProfile;
import org.techmatch.matching.MatchingProperties;
import org.techmatch.matching.Profiles;
import org.techmatch.matching.SelectedTerms;
import org.techmatch.matching.WeightedTerm;
import org.techmatch.search.IndexFields;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.semantic.VectorFields;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.RecordStore;
import org.techmatch.search.solr.SolrQueryText;
import org.techmatch.store.solr.SolrQueries;
import org.techmatch.store.solr.SolrRecordStore;
import org.techmatch.text.TextAnalysis;

/**
 * Candidates from a SolrCloud collection, with the embedded source's semantics: the same terms selected by the
 * same document frequencies (the collection's, {@link SolrTermStatistics}), the same boosted BM25 query (Solr
 * scores with Lucene's BM25 and, through the configset's ExactStatsCache, global statistics, so two shards rank
 * as one index), the nearest vectors by Solr's knn parser with the filter as a filter query (which Solr applies
 * before the graph search, as the embedded KnnFloatVectorQuery applies its filter), candidate views from the stored
 * records, cached by id and version.
 */
public final class SolrCandidateSource implements CandidateSource {
    /**
     * How long other service instances' writes may go unseen by the kept term statistics: they are read again at
     * least this often, and after every write of this instance.
     */
    static final long STATISTICS_PERIOD_NANOS = 10_000_000_000L;

    /** A filter as Solr runs it (a filter query in its standard syntax). */
    private record SolrFilter(String query) implements Filter {
    }

    /** The statistics of one generation of this instance's writes within one period. */
    private record Snapshot(long generation, long period) {
    }

    /** A candidate found by a query: its id, the version the query saw, its score and its vector if asked. */
    private record Hit(String id, long version, float score, float[] vector) {
    }

    private final SolrQueries solr;
    private final RecordStore store;
    private final TermSelector selector;
    private final CandidateFilters filters;
    private final Function<Query, String> translator;
    private final MatchingProperties properties;
    private final CandidateViews views;
    private final String vectorField = SolrQueries.field(IndexedFields.Use.VECTOR, VectorFields.VECTOR);

    /**
     * @param translator turns the filters search builds (Lucene queries of our field names) into Solr's syntax
     */
    public SolrCandidateSource(SolrQueries solr, RecordStore store, LibrarySearcher searcher, Profiles profiles,
                               TextAnalysis analysis, MatchingProperties properties,
                               Function<Query, String> translator) {
        this.solr = solr;
        this.store = store;
        this.selector = new TermSelector(analysis, properties.maxWords(), properties.maxBigrams());
        this.filters = new CandidateFilters(searcher);
        this.translator = translator;
        this.properties = properties;
        this.views = new CandidateViews(profiles, selector, LuceneCandidateSource.CANDIDATE_CACHE_BYTES);
    }

    /** The source of a collection, its filters translated by {@link SolrQueryText}. */
    public static SolrCandidateSource of(SolrRecordStore store, LibrarySearcher searcher, Profiles profiles,
                                         TextAnalysis analysis, MatchingProperties properties) {
        return new SolrCandidateSource(store.queries(), store, searcher, profiles, analysis, properties,
                SolrQueryText::of);
    }

    @Override
    public Filter filter(RecordKind<?> candidates, Map<String, List<String>> userFilters, LocalDate today) {
        return new SolrFilter(translator.apply(filters.build(candidates, userFilters, today)));
    }

    @Override
    public Candidates find(MatchProfile query, Filter filter) {
        String restriction = ((SolrFilter) filter).query();
        TermStatistics stats = stats();
        SelectedTerms terms = select(stats, query);
        boolean vectors = query.vector() != null;
        Map<String, Hit> found = new LinkedHashMap<>();
        for (Hit hit : lexicalCandidates(terms, restriction, vectors)) {
            found.put(hit.id(), hit);
        }
        float best = (float) found.values().stream().mapToDouble(Hit::score).max().orElse(1);
        Set<String> lexical = Set.copyOf(found.keySet());
        if (vectors) {
            for (Hit hit : nearest(query.vector(), restriction)) {
                found.putIfAbsent(hit.id(), hit);
            }
        }
        found.remove(query.id());
        Map<String, CandidateViews.View> read = views(found.values());
        Set<String> titleBigrams = new LinkedHashSet<>();
        read.values().forEach(view -> titleBigrams.addAll(view.unweighedTitle(stats)));
        prefetch(stats, titleBigrams);
        List<Candidate> candidates = new ArrayList<>(read.size());
        for (Hit hit : found.values()) {
            CandidateViews.View view = read.get(hit.id());
            if (view == null) {
                continue; // deleted since the query saw it
            }
            double ratio = lexical.contains(hit.id()) ? hit.score() / best : 0;
            candidates.add(new Candidate(view.profile(), vectors ? hit.vector() : null, view.folded(),
                    weighted(view, stats), ratio));
        }
        return new Candidates(terms, candidates);
    }

    @Override
    public int lexicalOnly(MatchProfile query, Filter filter) {
        SelectedTerms terms = select(stats(), query);
        return lexicalCandidates(terms, ((SolrFilter) filter).query(), false).size();
    }

    @Override
    public Candidates describe(MatchProfile query, List<MatchProfile> proposals) {
        TermStatistics stats = stats();
        SelectedTerms terms = select(stats, query);
        List<CandidateViews.View> described = proposals.stream().map(views::of).toList();
        Set<String> titleBigrams = new LinkedHashSet<>();
        described.forEach(view -> titleBigrams.addAll(view.unweighedTitle(stats)));
        prefetch(stats, titleBigrams);
        List<Candidate> candidates = new ArrayList<>(proposals.size());
        for (int i = 0; i < proposals.size(); i++) {
            CandidateViews.View view = described.get(i);
            candidates.add(new Candidate(proposals.get(i), proposals.get(i).vector(), view.folded(),
                    weighted(view, stats), 0));
        }
        return new Candidates(terms, candidates);
    }

    @Override
    public boolean passes(Filter filter, String id) {
        SolrQuery query = new SolrQuery("*:*").setRows(0).addFilterQuery(((SolrFilter) filter).query(),
                SolrQueries.term(SolrQueries.ID, id));
        return solr.query(query).getResults().getNumFound() > 0;
    }

    @Override
    public float[] storedVector(String id) {
        return solr.getById(List.of(id), SolrQueries.ID + "," + vectorField).stream().findFirst()
                .map(doc -> SolrQueries.vector(doc, vectorField)).orElse(null);
    }

    /** This instance's acknowledged writes: a read after one sees it (other instances' within commit-within). */
    @Override
    public long generation(Filter filter) {
        return store.generation();
    }

    // The statistics of a collection raise no IOException (SolrJ's failures are the store's 503); the interface
    // declares it for the embedded index's.
    private SelectedTerms select(TermStatistics stats, MatchProfile query) {
        try {
            return selector.select(stats, query.title(), query.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prefetch(TermStatistics stats, Set<String> bigrams) {
        try {
            selector.prefetchBigrams(stats, bigrams);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<WeightedTerm> weighted(CandidateViews.View view, TermStatistics stats) {
        try {
            return view.weightedTitle(stats, selector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TermStatistics stats() {
        return new SolrTermStatistics(solr, new Snapshot(store.generation(),
                System.nanoTime() / STATISTICS_PERIOD_NANOS));
    }

    /** BM25 over the selected terms, boosted as the embedded source boosts them, for the best lexical candidates. */
    private List<Hit> lexicalCandidates(SelectedTerms terms, String restriction, boolean withVectors) {
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        for (WeightedTerm word : terms.words()) {
            clause(text, IndexFields.TITLE + IndexFields.WORDS, word, LuceneCandidateSource.TITLE_BOOST);
            clause(text, IndexFields.BODY + IndexFields.WORDS, word, 1f);
        }
        for (WeightedTerm bigram : terms.bigrams()) {
            clause(text, IndexFields.TITLE + IndexFields.BIGRAMS, bigram, LuceneCandidateSource.TITLE_BOOST / 2);
            clause(text, IndexFields.BODY + IndexFields.BIGRAMS, bigram, 0.5f);
        }
        SolrQuery query = new SolrQuery(text.toString()).addFilterQuery(restriction)
                .setRows(properties.lexicalCandidates()).setFields(fields(withVectors, true));
        query.set("defType", "lucene").set("q.op", "OR");
        return hits(query, withVectors, true);
    }

    /** One SHOULD clause: the term as a one-word phrase (so no character of it is read as syntax) with its boost. */
    private static void clause(StringBuilder query, String field, WeightedTerm term, float boost) {
        if (!query.isEmpty()) {
            query.append(' ');
        }
        query.append(SolrQueries.field(IndexedFields.Use.TEXT, field)).append(":\"")
                .append(term.term().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        if (boost != 1f) {
            query.append('^').append(boost);
        }
    }

    /** The records of the filter nearest the vector (the filter applied before the graph search). */
    private List<Hit> nearest(float[] vector, String restriction) {
        int k = properties.vectorCandidates();
        StringBuilder knn = new StringBuilder("{!knn f=").append(vectorField).append(" topK=").append(k).append("}[");
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                knn.append(',');
            }
            knn.append(vector[i]);
        }
        SolrQuery query = new SolrQuery(knn.append(']').toString()).addFilterQuery(restriction).setRows(k)
                .setFields(fields(true, false));
        return hits(query, true, false);
    }

    private String fields(boolean withVectors, boolean withScore) {
        return SolrQueries.ID + "," + SolrQueries.VERSION + (withScore ? ",score" : "")
                + (withVectors ? "," + vectorField : "");
    }

    private List<Hit> hits(SolrQuery query, boolean withVectors, boolean withScore) {
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument doc : solr.query(query).getResults()) {
            hits.add(new Hit((String) doc.getFirstValue(SolrQueries.ID),
                    ((Number) doc.getFirstValue(SolrQueries.VERSION)).longValue(),
                    withScore ? ((Number) doc.getFirstValue("score")).floatValue() : 0f,
                    withVectors ? SolrQueries.vector(doc, vectorField) : null));
        }
        return hits;
    }

    /** The candidates' views: kept ones by id and version, the others read (one real-time get for all). */
    private Map<String, CandidateViews.View> views(Iterable<Hit> hits) {
        Map<String, CandidateViews.View> read = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Hit hit : hits) {
            CandidateViews.View cached = views.cached(hit.id(), hit.version());
            if (cached != null) {
                read.put(hit.id(), cached);
            } else {
                missing.add(hit.id());
            }
        }
        for (SolrDocument doc : solr.getById(missing, SolrQueries.STORED_FIELDS)) {
            CandidateViews.View view = views.of(SolrQueries.record(doc));
            read.put(view.profile().id(), view);
        }
        return read;
    }
}
