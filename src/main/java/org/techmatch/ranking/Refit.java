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
 * not worse. Demands are split, not pairs, so a held-out demand's labels never helped fit the model judged on it.
 * Each pair's features are the matcher's own: the demand's ranking is computed and the pair found in it (a pair
 * outside the ranking window tells the fit nothing about the head, and is counted as skipped).
 */
@Service
public class Refit {
    static final int K = 10;
    /** One demand in HELD_OUT_EVERY is held out (by a hash of its id, so the split is the same on every run). */
    static final int HELD_OUT_EVERY = 4;
    /** Fewer held-out demands with a relevant label than this, and no decision can be trusted: nothing is activated. */
    static final int MIN_HELD_OUT = 3;

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
                    labelled pairs: %d fitted on (%d outside the ranking window skipped); demands: %d to fit, %d held out
                    nDCG@10 on the held-out demands: active %s %.4f, candidate %s %.4f
                    decision: %s""", pairs, skippedPairs, trainDemands, heldOutDemands, activeVersion, activeNdcg,
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
        List<FusionFit.Judged> withVectors = new ArrayList<>();
        List<FusionFit.Judged> lexical = new ArrayList<>();
        Map<String, List<RankedCandidate>> heldOut = new TreeMap<>();
        int trainDemands = 0;
        int pairs = 0;
        int skipped = 0;
        for (Map.Entry<String, Map<String, Integer>> demand : labels.entrySet()) {
            List<RankedCandidate> ranked = ranking(demand.getKey());
            if (ranked == null) {
                continue;
            }
            if (isHeldOut(demand.getKey())) {
                if (demand.getValue().values().stream().anyMatch(g -> g >= 1)) {
                    heldOut.put(demand.getKey(), ranked);
                }
                continue;
            }
            trainDemands++;
            Map<String, RankedCandidate> byId = new HashMap<>();
            ranked.forEach(c -> byId.put(c.id(), c));
            for (Map.Entry<String, Integer> label : demand.getValue().entrySet()) {
                if (!byId.containsKey(label.getKey())) {
                    skipped++;
                } else {
                    pairs++;
                }
            }
            // Every ranked candidate takes part, an unmarked one as "not judged, not relevant" (as in the dev fit):
            // the pairwise ranking learns from the marked relevant ones against those nobody picked.
            for (RankedCandidate c : ranked) {
                Integer grade = demand.getValue().get(c.id());
                (hasVector(c.features()) ? withVectors : lexical).add(new FusionFit.Judged(demand.getKey(),
                        c.features(), grade == null ? 0 : grade, grade != null));
            }
        }
        FusionModel fittedVectors = fitOrKeep(withVectors, active.withVectors());
        FusionModel fittedLexical = fitOrKeep(lexical, active.lexicalOnly());
        RankingModel candidate = new RankingModel(null, 0, registry.newRefitVersion(), RankingModel.REFITTED,
                fittedVectors, fittedLexical, false, null, null, pairs,
                "由 " + pairs + " 个已标注的需求–成果对重新拟合（" + trainDemands + " 项需求）", null, null, null);
        double activeNdcg = meanNdcg(heldOut, labels, active);
        double candidateNdcg = meanNdcg(heldOut, labels, candidate);
        return new Fitted(active, candidate, activeNdcg, candidateNdcg, trainDemands, heldOut.size(), pairs, skipped);
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
            decision = "not activated: only " + f.heldOutDemands() + " held-out demands with a relevant label (at least "
                    + MIN_HELD_OUT + " needed); " + f.active().modelVersion() + " stays active";
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

    static boolean isHeldOut(String demandId) {
        return Math.floorMod(demandId.hashCode(), HELD_OUT_EVERY) == 0;
    }

    /** The demand's achievements as the engine ranks them now, or null when the demand is no longer stored. */
    private List<RankedCandidate> ranking(String demandId) {
        Demand demand = demands.lookup(demandId).orElse(null);
        if (demand == null) {
            return null;
        }
        return engine.rankAchievements(Profiles.of(demand, engine.embed(demands.kind().semanticText(demand))));
    }

    private static double meanNdcg(Map<String, List<RankedCandidate>> heldOut, Map<String, Map<String, Integer>> labels,
                                   RankingModel model) {
        if (heldOut.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Map.Entry<String, List<RankedCandidate>> demand : heldOut.entrySet()) {
            List<RankedCandidate> ranked = demand.getValue();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                order.add(i);
            }
            double[] scores = ranked.stream().mapToDouble(c -> score(model, c.features())).toArray();
            order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i));
            sum += Ndcg.at(K, order.stream().map(i -> ranked.get(i).id()).toList(), labels.get(demand.getKey()));
        }
        return sum / heldOut.size();
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
