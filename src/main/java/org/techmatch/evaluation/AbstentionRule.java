package org.techmatch.evaluation;

import java.util.Map;

/**
 * Where 暂无合适匹配 starts: the engine abstains on a demand whose best score is under the threshold. The
 * threshold is the highest one that refuses no demand with a highly relevant (grade 2) achievement and at most
 * {@link #MAX_REFUSED} of the demands with a relevant one: hiding a real match from an enterprise costs more than
 * showing a weak one, so the refusal bar is the constraint and abstaining on demands without a match the goal.
 */
public final class AbstentionRule {
    /** The share of demands with a relevant achievement the engine may answer 暂无合适匹配 (issue 14: 10 %). */
    static final double MAX_REFUSED = 0.10;
    /** Thresholds tried: a score is shown in whole per cent, finer steps would fit noise. */
    static final double STEP = 0.01;

    private AbstentionRule() {
    }

    /**
     * @param best      each judged demand's best score
     * @param bestGrade each judged demand's best judged grade (0 when nothing relevant was found for it)
     */
    static double threshold(Map<String, Double> best, Map<String, Integer> bestGrade) {
        long matched = best.keySet().stream().filter(q -> bestGrade.getOrDefault(q, 0) >= 1).count();
        long allowed = (long) Math.floor(MAX_REFUSED * matched);
        double chosen = STEP;
        for (double t = STEP; t < 1 - STEP / 2; t += STEP) {
            double threshold = t;
            long refused = best.entrySet().stream()
                    .filter(e -> bestGrade.getOrDefault(e.getKey(), 0) >= 1 && e.getValue() < threshold).count();
            boolean refusesPerfect = best.entrySet().stream()
                    .anyMatch(e -> bestGrade.getOrDefault(e.getKey(), 0) >= 2 && e.getValue() < threshold);
            if (refused > allowed || refusesPerfect) {
                break;
            }
            chosen = Math.round(t * 100) / 100.0;
        }
        return chosen;
    }

    /** How the abstentions fall on judged demands. */
    record Counts(int unmatched, int abstainedUnmatched, int matched, int refusedMatched, int perfect,
                  int refusedPerfect) {
        static Counts of(java.util.List<Evaluation.QueryResult> results, Qrels qrels) {
            int[] c = new int[6];
            for (Evaluation.QueryResult r : results) {
                if (!qrels.grades().containsKey(r.queryId())) {
                    continue;
                }
                int grade = qrels.bestGrade(r.queryId());
                int abstained = r.abstained() ? 1 : 0;
                if (grade == 0) {
                    c[0]++;
                    c[1] += abstained;
                } else {
                    c[2]++;
                    c[3] += abstained;
                }
                if (grade >= 2) {
                    c[4]++;
                    c[5] += abstained;
                }
            }
            return new Counts(c[0], c[1], c[2], c[3], c[4], c[5]);
        }

        String line() {
            return String.format(java.util.Locale.ROOT, "暂无合适匹配 on %d of %d demands without a relevant achievement, "
                    + "%d of %d with one (%d of %d with a grade-2 one)", abstainedUnmatched, unmatched, refusedMatched,
                    matched, refusedPerfect, perfect);
        }
    }
}
