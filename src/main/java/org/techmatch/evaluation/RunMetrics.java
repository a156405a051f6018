package org.techmatch.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shared scorer's measures (../shared/eval/Score.java), computed in process so that held-out rankings of a
 * cross-validation can be scored without writing runs: means over the demands with a relevant judged achievement;
 * nDCG@10 with gain 2^grade − 1 against the ideal order of all judged achievements, P@5, Recall@50, MRR@10.
 */
record RunMetrics(double ndcg10, double precision5, double recall50, double mrr10, int queries) {

    static RunMetrics of(List<Evaluation.QueryResult> results, Qrels qrels) {
        double ndcg = 0;
        double p5 = 0;
        double recall = 0;
        double mrr = 0;
        int n = 0;
        Map<String, Evaluation.QueryResult> byQuery = new java.util.HashMap<>();
        results.forEach(r -> byQuery.put(r.queryId(), r));
        for (Map.Entry<String, Map<String, Integer>> judged : qrels.grades().entrySet()) {
            String q = judged.getKey();
            long relevant = judged.getValue().values().stream().filter(g -> g >= 1).count();
            if (relevant == 0) {
                continue;
            }
            n++;
            Evaluation.QueryResult r = byQuery.get(q);
            List<String> docs = r == null ? List.of() : r.docIds();
            double dcg = 0;
            int found5 = 0;
            int found50 = 0;
            double reciprocal = 0;
            for (int i = 0; i < Math.min(50, docs.size()); i++) {
                int grade = Math.max(0, qrels.grade(q, docs.get(i)));
                if (i < 10) {
                    dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
                    if (grade >= 1 && reciprocal == 0) {
                        reciprocal = 1.0 / (i + 1);
                    }
                }
                if (grade >= 1) {
                    found5 += i < 5 ? 1 : 0;
                    found50++;
                }
            }
            List<Integer> ideal = judged.getValue().values().stream().map(g -> Math.max(0, g))
                    .sorted(java.util.Comparator.reverseOrder()).limit(10).toList();
            double idcg = 0;
            for (int i = 0; i < ideal.size(); i++) {
                idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
            }
            ndcg += idcg == 0 ? 0 : dcg / idcg;
            p5 += found5 / 5.0;
            recall += (double) found50 / relevant;
            mrr += reciprocal;
        }
        return n == 0 ? new RunMetrics(0, 0, 0, 0, 0) : new RunMetrics(ndcg / n, p5 / n, recall / n, mrr / n, n);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    String line() {
        return String.format(Locale.ROOT, "nDCG@10 %.4f  P@5 %.4f  Recall@50 %.4f  MRR@10 %.4f  (%d demands)", ndcg10,
                precision5, recall50, mrr10, queries);
    }
}
