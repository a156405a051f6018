package org.techmatch.matching;

import java.io.IOException;
import java.time.Instant;
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
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.techmatch.search.IndexFields;
import org.techmatch.semantic.VectorFields;
import org.techmatch.store.DocumentStore;

/**
 * The core of the engine, the same for every direction: candidates from BM25 over the query's informative
 * terms united with the nearest vectors, then every feature for every candidate, fused into one score.
 */
public final class Matcher {
    /** Title words say what a record is; they weigh more than words of its body. */
    static final float TITLE_BOOST = 2f;
    /** Memory for candidate views (decoded, folded records): some tens of thousands of typical records. */
    static final long CANDIDATE_CACHE_BYTES = 64L << 20;
    /** Query terms whose segment states are kept: the clauses of a few hundred distinct demands. */
    static final long CACHED_TERM_STATES = 20_000;

    private final DocumentStore store;
    private final TermSelector selector;
    private final MatchingProperties properties;
    private final CandidateViews views;
    private final TermStatesCache termStates = new TermStatesCache(CACHED_TERM_STATES);
    private final List<Feature> features = List.of(new TextFit(), new PhraseFit(), new RankFit(), new SemanticFit(),
            new TitleFit.OfQuery(), new TitleFit.OfCandidate(),
            new FieldFit(), new IndustryFit(), new MaturityFit(), new ModeFit(), new BudgetFit(), new RegionFit(),
            new FreshnessFit());

    public Matcher(DocumentStore store, Profiles profiles, TermSelector selector, MatchingProperties properties) {
        this.store = store;
        this.selector = selector;
        this.properties = properties;
        this.views = new CandidateViews(profiles, selector, CANDIDATE_CACHE_BYTES);
    }

    /**
     * Every candidate of the query in this direction, best first (ties by id).
     *
     * @param filter restricts candidates (their type and valid status are part of it)
     */
    List<ScoredCandidate> rank(MatchProfile query, Direction direction, Query filter, Instant now) {
        return store.search(searcher -> {
            SelectedTerms terms = selector.select(searcher.getIndexReader(), query.title(), query.text());
            Map<Integer, Float> lexical = lexicalCandidates(searcher, terms, filter);
            List<Integer> docs = new ArrayList<>(lexical.keySet());
            if (query.vector() != null) {
                for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(VectorFields.VECTOR, query.vector(),
                        properties.vectorCandidates(), filter), properties.vectorCandidates()).scoreDocs) {
                    if (!lexical.containsKey(hit.doc)) {
                        docs.add(hit.doc);
                    }
                }
            }
            float best = lexical.values().stream().max(Float::compare).orElse(1f);
            List<ScoredCandidate> scored = new ArrayList<>();
            for (int doc : docs) {
                LeafReaderContext leaf = searcher.getIndexReader().leaves()
                        .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
                CandidateViews.View view = views.of(leaf.reader(), doc - leaf.docBase);
                if (view.profile().id().equals(query.id())) {
                    continue;
                }
                // A lexical query has no vector to compare with, so the candidate's is not read.
                float[] vector = query.vector() == null ? null : VectorFields.read(leaf.reader(), doc - leaf.docBase);
                double ratio = lexical.getOrDefault(doc, 0f) / best;
                List<WeightedTerm> candidateTitle = view.weightedTitle(searcher.getIndexReader(), selector);
                // The scored candidate keeps the cached view's profile, not a copy carrying the vector: a cached
                // ranking of 200 candidates would otherwise hold 200 vectors of 2 KiB each.
                scored.add(score(query, view.profile(), vector, view.folded(), direction, terms, candidateTitle,
                        ratio, now));
            }
            scored.sort(ScoredCandidate.BEST_FIRST);
            return scored;
        });
    }

    /**
     * Scores records that need not be in the index (a challenge's applications) against a query, best first.
     * Term weights still come from the index, so a proposal is judged on the same scale as stored records.
     */
    List<ScoredCandidate> scoreAll(MatchProfile query, List<MatchProfile> proposals, Direction direction,
                                   Instant now) {
        return store.search(searcher -> {
            SelectedTerms terms = selector.select(searcher.getIndexReader(), query.title(), query.text());
            List<ScoredCandidate> scored = new ArrayList<>();
            for (MatchProfile proposal : proposals) {
                CandidateViews.View view = views.of(proposal);
                scored.add(score(query, proposal, proposal.vector(), view.folded(), direction, terms,
                        view.weightedTitle(searcher.getIndexReader(), selector), 0, now));
            }
            scored.sort(ScoredCandidate.BEST_FIRST);
            return scored;
        });
    }

    private ScoredCandidate score(MatchProfile query, MatchProfile candidate, float[] candidateVector, String folded,
                                  Direction direction, SelectedTerms terms, List<WeightedTerm> candidateTitle,
                                  double bm25Ratio, Instant now) {
        Double cosine = query.vector() == null || candidateVector == null ? null
                : VectorFields.dot(query.vector(), candidateVector);
        return assess(query, candidate, EvidenceMeter.measure(terms, folded, candidateTitle, bm25Ratio, cosine),
                direction, now);
    }

    /**
     * Every feature of a pair whose text evidence is measured, fused into its score. A cached ranking keeps only the
     * evidence; this gives the same values again for the candidates a page shows.
     */
    ScoredCandidate assess(MatchProfile query, MatchProfile candidate, TextEvidence evidence, Direction direction,
                           Instant now) {
        MatchProfile demand = direction.demandSide(query, candidate);
        MatchProfile supply = direction.supplySide(query, candidate);
        List<FeatureValue> values = features.stream().map(f -> f.assess(demand, supply, evidence, now)).toList();
        FusionModel model = evidence.cosine() == null ? properties.lexicalOnly() : properties.withVectors();
        return new ScoredCandidate(candidate, evidence, values, model, model.score(values), null);
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
