package org.techmatch.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** nDCG@k as the shared scorer computes it: gain 2^grade − 1, discount 1/log2(rank + 1), ideal over every label. */
final class Ndcg {
    private Ndcg() {
    }

    /** nDCG@k of a ranking (ids, best first) against graded labels; 0 when no label is relevant. */
    static double at(int k, List<String> ranking, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, Math.max(0, grade)) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
