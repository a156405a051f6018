package org.techmatch.unmet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.techmatch.demand.Demand;
import org.techmatch.matching.KeyTerms;
import org.techmatch.stats.Chains;
import org.techmatch.text.TextAnalysis;

/**
 * Which unmet demands belong in one challenge: the same technology field or industry chain, and texts about the
 * same thing. A field alone is too broad (新材料 holds a watch hairspring alloy and container corner castings),
 * so two demands go together only when the cosine of their word vectors (domain terms, generic words left out)
 * reaches {@link #MIN_COSINE} with every demand already in the group (complete link: a chain A–B, B–C of
 * loosely related pairs does not pull A and C together).
 */
@Component
class DemandClusters {
    /**
     * Measured on the 205 fixture demands (3,412 pairs of one field, DemandClustersTest): pairs from 0.25 up share
     * their subject (two PLC demands 0.50, two fermentation strains 0.45, two chip design tools 0.39); between 0.15
     * and 0.25 about half do not (food foreign-body inspection and PLC protocol security 0.20); the hairspring alloy
     * and the container corner castings score 0.07.
     */
    static final double MIN_COSINE = 0.25;

    private final TextAnalysis analysis;

    DemandClusters(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The demands split into groups that belong together, each in the order given, largest group first. */
    List<List<Demand>> cluster(List<Demand> demands) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Map<String, Double>> vectors = demands.stream().map(this::vector).toList();
        for (int i = 0; i < demands.size(); i++) {
            int candidate = i;
            List<Integer> home = groups.stream().filter(g -> g.stream().allMatch(member ->
                    related(demands.get(member), demands.get(candidate))
                            && cosine(vectors.get(member), vectors.get(candidate)) >= MIN_COSINE)).findFirst().orElse(null);
            if (home == null) {
                groups.add(new ArrayList<>(List.of(i)));
            } else {
                home.add(i);
            }
        }
        List<List<Demand>> sorted = new ArrayList<>(groups.stream()
                .map(g -> g.stream().map(demands::get).toList()).toList());
        sorted.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return sorted;
    }

    double similarity(Demand a, Demand b) {
        return cosine(vector(a), vector(b));
    }

    private static boolean related(Demand a, Demand b) {
        return (a.techField() != null && a.techField() == b.techField()) || Chains.of(a) == Chains.of(b);
    }

    /** Term counts of title (twice: it names the subject) and description, without generic words. */
    private Map<String, Double> vector(Demand d) {
        Map<String, Double> counts = new HashMap<>();
        String text = (d.title() == null ? "" : d.title() + "\n" + d.title()) + "\n"
                + (d.description() == null ? "" : d.description());
        for (String word : analysis.words(text)) {
            if (word.codePointCount(0, word.length()) >= 2 && !KeyTerms.isGeneric(word) && !word.chars().allMatch(Character::isDigit)) {
                counts.merge(word, 1.0, Double::sum);
            }
        }
        return counts;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }
}
