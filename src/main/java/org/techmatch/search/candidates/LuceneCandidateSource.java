package org.techmatch.search.candidates;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.RecordKind;
import org.techmatch.expert.ExpertKind;
import org.techmatch.matching.CandidateSource;
import org.techmatch.matching.MatchProfile;
import org.techmatch.matching.MatchingProperties;
import org.techmatch.matching.Profiles;
import org.techmatch.matching.SelectedTerms;
import org.techmatch.matching.WeightedTerm;
import org.techmatch.search.IndexFields;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.semantic.VectorFields;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;
import org.techmatch.text.TextAnalysis;

/**
 * Candidates from the embedded index: BM25 over the query's informative terms united with the nearest vectors,
 * each candidate read through a cache of views keyed by id and version.
 */
public final class LuceneCandidateSource implements CandidateSource {
    /** Title words say what a record is; they weigh more than words of its body. */
    static final float TITLE_BOOST = 2f;
    /** Memory for candidate views (decoded, folded records): some tens of thousands of typical records. */
    static final long CANDIDATE_CACHE_BYTES = 64L << 20;
    /** Query terms whose segment states are kept: the clauses of a few hundred distinct demands. */
    static final long CACHED_TERM_STATES = 20_000;

    /**
     * A filter as this index runs it, with the record types the candidates it passes are built from (a read waits
     * for a refresh only when one of them was written).
     */
    private record LuceneFilter(Query query, List<String> types) implements Filter {
    }

    private final DocumentStore store;
    private final TermSelector selector;
    private final CandidateFilters filters;
    private final MatchingProperties properties;
    private final CandidateViews views;
    /** Terms looked up per segment, over all segments: the terms of some hundreds of demands. */
    static final long CACHED_SEGMENT_TERMS = 300_000;

    private final SegmentTerms segmentTerms = new SegmentTerms(CACHED_SEGMENT_TERMS);
    private final TermStatesCache termStates = new TermStatesCache(CACHED_TERM_STATES, segmentTerms);

    public LuceneCandidateSource(DocumentStore store, LibrarySearcher searcher, Profiles profiles,
                                 TextAnalysis analysis, MatchingProperties properties) {
        this.store = store;
        this.selector = new TermSelector(analysis, properties.maxWords(), properties.maxBigrams());
        this.filters = new CandidateFilters(searcher);
        this.properties = properties;
        this.views = new CandidateViews(profiles, selector, CANDIDATE_CACHE_BYTES);
    }

    @Override
    public Filter filter(RecordKind<?> candidates, Map<String, List<String>> userFilters, LocalDate today) {
        // a team's profile quotes its linked achievements, so a write of an achievement changes a team candidate
        List<String> types = ExpertKind.TYPE.equals(candidates.type())
                ? List.of(candidates.type(), AchievementKind.TYPE) : List.of(candidates.type());
        return new LuceneFilter(filters.build(candidates, userFilters, today), types);
    }

    @Override
    public Candidates find(MatchProfile query, Filter filter) {
        Query restriction = ((LuceneFilter) filter).query();
        return store.search(((LuceneFilter) filter).types(), searcher -> {
            TermStatistics stats = stats(searcher);
            SelectedTerms terms = selector.select(stats, query.title(), query.text());
            Map<Integer, Float> lexical = lexicalCandidates(searcher, terms, restriction);
            List<Integer> docs = new ArrayList<>(lexical.keySet());
            if (query.vector() != null) {
                for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(VectorFields.VECTOR, query.vector(),
                        properties.vectorCandidates(), restriction), properties.vectorCandidates()).scoreDocs) {
                    if (!lexical.containsKey(hit.doc)) {
                        docs.add(hit.doc);
                    }
                }
            }
            float best = lexical.values().stream().max(Float::compare).orElse(1f);
            List<Candidate> found = new ArrayList<>(docs.size());
            for (int doc : docs) {
                LeafReaderContext leaf = searcher.getIndexReader().leaves()
                        .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
                CandidateViews.View view = views.of(leaf.reader(), doc - leaf.docBase);
                if (view.profile().id().equals(query.id())) {
                    continue;
                }
                // A lexical query has no vector to compare with, so the candidate's is not read.
                float[] vector = query.vector() == null ? null : StoredVectors.read(leaf.reader(), doc - leaf.docBase);
                double ratio = lexical.getOrDefault(doc, 0f) / best;
                List<WeightedTerm> candidateTitle = view.weightedTitle(stats, selector);
                // The candidate keeps the cached view's profile, not a copy carrying the vector: a cached ranking of
                // 200 candidates would otherwise hold 200 vectors of 2 KiB each.
                found.add(new Candidate(view.profile(), vector, view.folded(), candidateTitle, ratio));
            }
            return new Candidates(terms, found);
        });
    }

    @Override
    public int lexicalOnly(MatchProfile query, Filter filter) {
        Query restriction = ((LuceneFilter) filter).query();
        return store.search(((LuceneFilter) filter).types(), searcher -> lexicalCandidates(searcher,
                selector.select(stats(searcher), query.title(), query.text()), restriction).size());
    }

    @Override
    public Candidates describe(MatchProfile query, List<MatchProfile> proposals) {
        return store.search(searcher -> {
            TermStatistics stats = stats(searcher);
            SelectedTerms terms = selector.select(stats, query.title(), query.text());
            List<Candidate> described = new ArrayList<>(proposals.size());
            for (MatchProfile proposal : proposals) {
                CandidateViews.View view = views.of(proposal);
                described.add(new Candidate(proposal, proposal.vector(), view.folded(),
                        view.weightedTitle(stats, selector), 0));
            }
            return new Candidates(terms, described);
        });
    }

    @Override
    public boolean passes(Filter filter, String id) {
        Query restriction = ((LuceneFilter) filter).query();
        // about one record: it must see that record's latest acknowledged write, whoever wrote it
        return store.searchById(id, searcher -> searcher.count(new BooleanQuery.Builder()
                .add(restriction, Occur.FILTER)
                .add(new TermQuery(new Term(FieldNames.ID, id)), Occur.FILTER)
                .build()) > 0);
    }

    @Override
    public float[] storedVector(String id) {
        return store.searchById(id, searcher -> {
            TopDocs hit = searcher.search(new TermQuery(new Term(FieldNames.ID, id)), 1);
            if (hit.scoreDocs.length == 0) {
                return null;
            }
            int doc = hit.scoreDocs[0].doc;
            LeafReaderContext leaf = searcher.getIndexReader().leaves()
                    .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
            return StoredVectors.read(leaf.reader(), doc - leaf.docBase);
        });
    }

    @Override
    public long generation(Filter filter) {
        return store.generation(((LuceneFilter) filter).types());
    }

    private TermStatistics stats(IndexSearcher searcher) {
        return new LuceneTermStatistics(searcher.getIndexReader(), segmentTerms);
    }

    private Map<Integer, Float> lexicalCandidates(IndexSearcher searcher, SelectedTerms terms, Query filter)
            throws IOException {
        Map<Integer, Float> scores = new LinkedHashMap<>();
        if (terms.isEmpty()) {
            return scores;
        }
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (WeightedTerm word : terms.words()) {
            addField(searcher, text, IndexFields.TITLE + IndexFields.WORDS, word, TITLE_BOOST);
            addField(searcher, text, IndexFields.BODY + IndexFields.WORDS, word, 1f);
        }
        for (WeightedTerm bigram : terms.bigrams()) {
            addField(searcher, text, IndexFields.TITLE + IndexFields.BIGRAMS, bigram, TITLE_BOOST / 2);
            addField(searcher, text, IndexFields.BODY + IndexFields.BIGRAMS, bigram, 0.5f);
        }
        Query query = new BooleanQuery.Builder().add(filter, Occur.FILTER).add(text.build(), Occur.MUST).build();
        // Counting hits only up to the candidates wanted lets BM25 skip non-competitive blocks from the start.
        int wanted = properties.lexicalCandidates();
        for (ScoreDoc hit : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    private void addField(IndexSearcher searcher, BooleanQuery.Builder query, String field, WeightedTerm term,
                          float boost) throws IOException {
        Term indexed = new Term(field, term.term());
        query.add(new BoostQuery(new TermQuery(indexed, termStates.of(searcher, indexed)), boost), Occur.SHOULD);
    }
}
