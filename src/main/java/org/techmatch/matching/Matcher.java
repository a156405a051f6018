package org.techmatch.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.techmatch.semantic.VectorFields;

/**
 * The core of the engine, the same for every direction: candidates from the {@link CandidateSource} (BM25 over the
 * query's informative terms united with the nearest vectors), then every feature for every candidate, fused into
 * one score.
 */
public final class Matcher {
    private final CandidateSource source;
    private final FusionModels models;
    private final List<Feature> features = List.of(new TextFit(), new PhraseFit(), new RankFit(), new SemanticFit(),
            new TitleFit.OfQuery(), new TitleFit.OfCandidate(),
            new FieldFit(), new IndustryFit(), new MaturityFit(), new ModeFit(), new BudgetFit(), new RegionFit(),
            new FreshnessFit());

    public Matcher(CandidateSource source, FusionModels models) {
        this.source = source;
        this.models = models;
    }

    /**
     * Every candidate of the query in this direction, best first (ties by id).
     *
     * @param filter restricts candidates (their type and valid status are part of it)
     */
    List<ScoredCandidate> rank(MatchProfile query, Direction direction, CandidateSource.Filter filter, Instant now) {
        return scoreAll(query, source.find(query, filter), direction, now);
    }

    /**
     * Scores records that need not be in the index (a challenge's applications) against a query, best first.
     * Term weights still come from the index, so a proposal is judged on the same scale as stored records.
     */
    List<ScoredCandidate> scoreAll(MatchProfile query, List<MatchProfile> proposals, Direction direction,
                                   Instant now) {
        return scoreAll(query, source.describe(query, proposals), direction, now);
    }

    private List<ScoredCandidate> scoreAll(MatchProfile query, CandidateSource.Candidates found, Direction direction,
                                           Instant now) {
        List<ScoredCandidate> scored = new ArrayList<>(found.candidates().size());
        for (CandidateSource.Candidate c : found.candidates()) {
            scored.add(score(query, c.profile(), c.vector(), c.folded(), direction, found.terms(), c.title(),
                    c.bm25Ratio(), now));
        }
        scored.sort(ScoredCandidate.BEST_FIRST);
        return scored;
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
        FusionModel model = evidence.cosine() == null ? models.lexicalOnly() : models.withVectors();
        return new ScoredCandidate(candidate, evidence, values, model, model.score(values), null);
    }
}
