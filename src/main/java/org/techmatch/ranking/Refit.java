package org.techmatch.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.evaluation.FusionFit;
import org.techmatch.feedback.FeedbackService;
import org.techmatch.matching.FeatureValue;
import org.techmatch.matching.FusionModel;
import org.techmatch.matching.MatchService;
import org.techmatch.matching.Profiles;
import org.techmatch.matching.RankedCandidate;

/**
 * Refits the fusion from labelled demand–achievement pairs (judgements of a qrels file, if given, and the
 * accumulated manager feedback: 相关 = relevant, 不相关 = not; a feedback mark overrides a judgement of the same
 * pair), evaluates the candidate against the active model on held-out demands, and activates it only when it is
 * not worse. Demands are split into folds, not pairs: each fold is ranked by a candidate fitted on the other folds,
 * so a held-out demand's labels never helped fit the model judged on it; the model activated is then fitted on all.
 * Each pair's features are the matcher's own: the demand's ranking is computed and the pair found in it (a pair
 * outside the ranking window tells the fit nothing about the head, and is counted as skipped).
 */
@Service
public class Refit {
    static final int K = 10;
    /** Demands are split into this many folds by a hash of their id (the same split on every run). */
    static final int FOLDS = 4;
    /** Fewer labelled demands with a relevant pair than this, and no decision can be trusted: nothing is activated. */
    static final int MIN_HELD_OUT = 8;

    private final LibraryService<Demand> demands;
    private final LibraryService<Achievement> achievements;
    private final MatchService engine;
    private final FeedbackService feedback;
    private final ModelRegistry registry;

    Refit(LibraryService<Demand> demands, LibraryService<Achievement> achievements, MatchService engine,
          FeedbackService feedback, ModelRegistry registry) {
        this.demands = demands;
        this.achievements = achievements;
        this.engine = engine;
        this.feedback = feedback;
        this.registry = registry;
    }

    /**
     * What a refit did: both models' nDCG@10 on the held-out demands and the decision.
     *
     * @param candidate the refitted model (stored only when activated)
     */
    public record Outcome(String activeVersion, double activeNdcg, String candidateVersion, double candidateNdcg,
                          int trainDemands, int heldOutDemands, int pairs, int skippedPairs, boolean activated,
                          String decision, RankingModel candidate) {
        public String report() {
            return String.format(Locale.ROOT, """
                    labelled pairs: %d fitted on (%d outside the ranking window skipped); demands: %d labelled, %d with a relevant pair
                    nDCG@10 on held-out demands (%d-fold cross-validation by demand): active %s %.4f, candidate %s %.4f
                    decision: %s""", pairs, skippedPairs, trainDemands, heldOutDemands, FOLDS, activeVersion, activeNdcg,
                    candidateVersion, candidateNdcg, decision);
        }
    }

    /** Refits from the feedback and, when qrels is not null, that file's judgements (ids as in the source). */
    public Outcome run(Path qrels) {
        return decide(fit(labels(qrels)));
    }

    /** A candidate fitted to the labels and both models' figures, before any decision. */
    record Fitted(RankingModel active, RankingModel candidate, double activeNdcg, double candidateNdcg,
                  int trainDemands, int heldOutDemands, int pairs, int skipped) {
    }

    Fitted fit(Map<String, Map<String, Integer>> labels) {
        RankingModel active = registry.active();
        Map<String, List<RankedCandidate>> rankings = new TreeMap<>();
        for (String demand : labels.keySet()) {
            List<RankedCandidate> ranked = ranking(demand);
            if (ranked != null) {
                rankings.put(demand, ranked);
            }
        }
        // Cross-validation by demand: each fold is scored by a model fitted on the other folds, so every demand
        // with a relevant label is held out once and the figure is not the fit's own.
        Map<String, RankingModel> heldOutBy = new TreeMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            RankingModel fitted = fitOn(rankings, labels, d -> fold(d) != f, active).model();
            rankings.keySet().stream().filter(d -> fold(d) == f).forEach(d -> heldOutBy.put(d, fitted));
        }
        List<String> judged = rankings.keySet().stream()
                .filter(d -> labels.get(d).values().stream().anyMatch(g -> g >= 1)).toList();
        double activeNdcg = 0;
        double candidateNdcg = 0;
        for (String demand : judged) {
            activeNdcg += ndcg(rankings.get(demand), labels.get(demand), active) / judged.size();
            candidateNdcg += ndcg(rankings.get(demand), labels.get(demand), heldOutBy.get(demand)) / judged.size();
        }
        FitResult all = fitOn(rankings, labels, d -> true, active);
        return new Fitted(active, all.model(), activeNdcg, candidateNdcg, rankings.size(), judged.size(),
                all.pairs(), all.skipped());
    }

    /**
     * A given candidate against the active model on every labelled demand with a relevant pair (held out for both, as
     * neither was fitted here): what the scheduled refit and the command decide on when a model comes from elsewhere.
     */
    Fitted compare(RankingModel candidate, Map<String, Map<String, Integer>> labels) {
        RankingModel active = registry.active();
        List<String> judged = new ArrayList<>();
        double activeNdcg = 0;
        double candidateNdcg = 0;
        Map<String, List<RankedCandidate>> rankings = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> demand : labels.entrySet()) {
            List<RankedCandidate> ranked = ranking(demand.getKey());
            if (ranked != null && demand.getValue().values().stream().anyMatch(g -> g >= 1)) {
                judged.add(demand.getKey());
                rankings.put(demand.getKey(), ranked);
            }
        }
        for (String demand : judged) {
            activeNdcg += ndcg(rankings.get(demand), labels.get(demand), active) / judged.size();
            candidateNdcg += ndcg(rankings.get(demand), labels.get(demand), candidate) / judged.size();
        }
        return new Fitted(active, candidate, activeNdcg, candidateNdcg, labels.size(), judged.size(),
                candidate.labelledPairs() == null ? 0 : candidate.labelledPairs(), 0);
    }

    private record FitResult(RankingModel model, int pairs, int skipped) {
    }

    /** A candidate fitted on the labelled pairs of the demands taken. */
    private FitResult fitOn(Map<String, List<RankedCandidate>> rankings, Map<String, Map<String, Integer>> labels,
                            java.util.function.Predicate<String> taken, RankingModel active) {
        List<FusionFit.Judged> withVectors = new ArrayList<>();
        List<FusionFit.Judged> lexical = new ArrayList<>();
        int pairs = 0;
        int skipped = 0;
        int demands = 0;
        for (Map.Entry<String, List<RankedCandidate>> demand : rankings.entrySet()) {
            if (!taken.test(demand.getKey())) {
                continue;
            }
            demands++;
            Map<String, RankedCandidate> byId = new HashMap<>();
            demand.getValue().forEach(c -> byId.put(c.id(), c));
            Map<String, Integer> marked = labels.get(demand.getKey());
            for (String id : marked.keySet()) {
                if (byId.containsKey(id)) {
                    pairs++;
                } else {
                    skipped++;
                }
            }
            // Every ranked candidate takes part, an unmarked one as "not judged, not relevant" (as in the dev fit):
            // the pairwise ranking learns from the marked relevant ones against those nobody picked.
            for (RankedCandidate c : demand.getValue()) {
                Integer grade = marked.get(c.id());
                (hasVector(c.features()) ? withVectors : lexical).add(new FusionFit.Judged(demand.getKey(),
                        c.features(), grade == null ? 0 : grade, grade != null));
            }
        }
        RankingModel model = new RankingModel(null, 0, registry.newRefitVersion(), RankingModel.REFITTED,
                fitOrKeep(withVectors, active.withVectors()), fitOrKeep(lexical, active.lexicalOnly()),
                false, null, null, pairs, "由 " + pairs + " 个已标注的需求–成果对重新拟合（" + demands + " 项需求）",
                null, null, null);
        return new FitResult(model, pairs, skipped);
    }

    /** The refitted model, or the current one when the labels cannot order anything (nothing to learn). */
    private static FusionModel fitOrKeep(List<FusionFit.Judged> pairs, FusionModel current) {
        try {
            return pairs.isEmpty() ? current : FusionFit.fitModel(pairs, current);
        } catch (IllegalArgumentException e) {
            return current;
        }
    }

    Outcome decide(Fitted f) {
        String decision;
        boolean activate = false;
        if (f.heldOutDemands() < MIN_HELD_OUT) {
            decision = "not activated: only " + f.heldOutDemands() + " labelled demands with a relevant pair (at least "
                    + MIN_HELD_OUT + " needed); " + f.active().modelVersion() + " stays active";
        } else if (f.candidate().withVectors().equals(f.active().withVectors())
                && f.candidate().lexicalOnly().equals(f.active().lexicalOnly())) {
            decision = "not activated: the labels taught nothing new (no relevant or no irrelevant pair); "
                    + f.active().modelVersion() + " stays active";
        } else if (f.candidateNdcg() < f.activeNdcg()) {
            decision = "not activated: the candidate is worse on the held-out demands; " + f.active().modelVersion()
                    + " stays active";
        } else {
            activate = true;
            decision = "activated " + f.candidate().modelVersion() + " (not worse than " + f.active().modelVersion()
                    + "); restore the previous one with: refit --restore " + f.active().modelVersion();
        }
        RankingModel candidate = new RankingModel(null, 0, f.candidate().modelVersion(), RankingModel.REFITTED,
                f.candidate().withVectors(), f.candidate().lexicalOnly(), false, f.candidateNdcg(), f.activeNdcg(),
                f.pairs(), f.candidate().note(), null, null, null);
        RankingModel result = activate ? registry.activate(candidate) : candidate;
        return new Outcome(f.active().modelVersion(), f.activeNdcg(), candidate.modelVersion(), f.candidateNdcg(),
                f.trainDemands(), f.heldOutDemands(), f.pairs(), f.skipped(), activate, decision, result);
    }

    /** Labels by our demand id, then our achievement id: the judgements mapped from source ids, then the feedback. */
    Map<String, Map<String, Integer>> labels(Path qrels) {
        Map<String, Map<String, Integer>> labels = new TreeMap<>();
        if (qrels != null) {
            Map<String, String> demandIds = ourIds(demands);
            Map<String, String> achievementIds = ourIds(achievements);
            for (String[] cols : qrelsLines(qrels)) {
                String demand = demandIds.get(cols[0]);
                String achievement = achievementIds.get(cols[2]);
                if (demand != null && achievement != null) {
                    labels.computeIfAbsent(demand, d -> new TreeMap<>()).put(achievement, Integer.parseInt(cols[3]));
                }
            }
        }
        Map<String, Map<String, int[]>> votes = new TreeMap<>();
        for (FeedbackService.LabelledPair pair : feedback.labelledPairs()) {
            int[] tally = votes.computeIfAbsent(pair.demandId(), d -> new TreeMap<>())
                    .computeIfAbsent(pair.achievementId(), a -> new int[2]);
            tally[pair.relevant() ? 1 : 0]++;
        }
        votes.forEach((demand, pairs) -> pairs.forEach((achievement, tally) -> {
            if (tally[0] != tally[1]) { // the marks of several accounts decide by majority; a tie says nothing
                Map<String, Integer> grades = labels.computeIfAbsent(demand, d -> new TreeMap<>());
                int judged = grades.getOrDefault(achievement, 0);
                grades.put(achievement, tally[1] > tally[0] ? Math.max(1, judged) : 0);
            }
        }));
        return labels;
    }

    static int fold(String demandId) {
        return Math.floorMod(demandId.hashCode(), FOLDS);
    }

    /** The demand's achievements as the engine ranks them now, or null when the demand is no longer stored. */
    private List<RankedCandidate> ranking(String demandId) {
        Demand demand = demands.lookup(demandId).orElse(null);
        if (demand == null) {
            return null;
        }
        return engine.rankAchievements(Profiles.of(demand, engine.embed(demands.kind().semanticText(demand))));
    }

    /** nDCG@10 of one demand's ranking reordered by a model's scores (ties keep the engine's order). */
    private static double ndcg(List<RankedCandidate> ranked, Map<String, Integer> labels, RankingModel model) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            order.add(i);
        }
        double[] scores = ranked.stream().mapToDouble(c -> score(model, c.features())).toArray();
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i));
        return Ndcg.at(K, order.stream().map(i -> ranked.get(i).id()).toList(), labels);
    }

    /** The fused score of a pair under a model, as the matcher would compute it (its logit orders the same). */
    static double score(RankingModel model, List<FeatureValue> features) {
        FusionModel fusion = hasVector(features) ? model.withVectors() : model.lexicalOnly();
        double z = fusion.bias();
        for (FeatureValue f : features) {
            z += fusion.contribution(f);
        }
        return z;
    }

    private static boolean hasVector(List<FeatureValue> features) {
        return features.stream().anyMatch(f -> f.feature().equals("semantic") && f.known());
    }

    private static <T extends CatalogRecord> Map<String, String> ourIds(LibraryService<T> library) {
        Map<String, String> ids = new HashMap<>();
        library.forEach(r -> {
            if (r.origin() != null && r.origin().externalId() != null) {
                ids.put(r.origin().externalId(), r.id());
            }
        });
        return ids;
    }

    private static List<String[]> qrelsLines(Path qrels) {
        try {
            return Files.readAllLines(qrels).stream().map(l -> l.strip().split("\\s+")).filter(c -> c.length >= 4)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read judgements " + qrels, e);
        }
    }
}
