package org.techmatch.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techmatch.search.SnippetHighlighter;

/**
 * Turns a scored candidate into words a technology manager can repeat to a client: the shared key terms
 * marked in both texts, each feature's sentence (with its Chinese name) ordered by how much it moved the score,
 * the warnings, and a summary. A candidate with a warning is shown with reservations (有保留) and a displayed
 * score held under {@link #RESERVED_SCORE_CAP}; its place in the ranking does not change.
 */
final class Explainer {
    static final int QUERY_SNIPPET_CHARS = 160;
    static final int CANDIDATE_SNIPPET_CHARS = 220;
    /**
     * The highest 匹配度 shown beside a warning. Pairs scored 0.9 or more are judged relevant only 57 % of the time
     * on dev (issue 14), and a pair whose field differs, whose maturity falls short or whose budget cannot pay the
     * lowest price is not a top match whatever its text shares: it is never shown in the top band.
     */
    static final double RESERVED_SCORE_CAP = 0.85;
    /**
     * The highest 匹配度 shown at all: the score is a calibrated chance, and no judged band of pairs is relevant every
     * time, so a page never claims certainty (100 %).
     */
    static final double SHOWN_SCORE_CAP = 0.95;
    static final String RESERVED = "有保留";
    /** The machine name of a team's lead contribution: its best-matching achievement. */
    static final String LEAD_ACHIEVEMENT = "achievement";

    /** Each feature's Chinese name, as pages show it beside the figures. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(TextFit.NAME, "关键词"), Map.entry(PhraseFit.NAME, "短语"), Map.entry(RankFit.NAME, "文本相关"),
            Map.entry(SemanticFit.NAME, "语义"), Map.entry(TitleFit.OfQuery.NAME, "名称覆盖"),
            Map.entry(TitleFit.OfCandidate.NAME, "名称覆盖"), Map.entry(FieldFit.NAME, "技术领域"),
            Map.entry(IndustryFit.NAME, "行业"), Map.entry(MaturityFit.NAME, "成熟度"), Map.entry(ModeFit.NAME, "合作方式"),
            Map.entry(BudgetFit.NAME, "预算"), Map.entry(RegionFit.NAME, "地域"), Map.entry(FreshnessFit.NAME, "时效"),
            Map.entry(LEAD_ACHIEVEMENT, "成果匹配"));

    /** The warnings, by the feature that raises them when its records say it falls short. */
    static final Map<String, String> WARNINGS = Map.of(FieldFit.NAME, "技术领域不同", MaturityFit.NAME, "成熟度低于要求",
            BudgetFit.NAME, "预算不足");

    private final SnippetHighlighter highlighter;

    Explainer(SnippetHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    /** The match as a page shows it: a displayed score held down by a warning, good by the engine's score. */
    Match match(MatchProfile query, ScoredCandidate scored, double threshold) {
        Explanation explanation = explain(query, scored, threshold);
        boolean reserved = !explanation.warnings().isEmpty();
        double shown = shown(scored.score(), reserved);
        boolean good = scored.score() >= threshold;
        return new Match(scored.candidate().id(), scored.candidate().type(), scored.candidate().title(), round(shown),
                good, explanation, round(scored.score()), reserved, level(scored.score(), good, reserved).label());
    }

    /** @param threshold the 合适匹配 threshold, under which the summary words the 匹配度 as 低 */
    Explanation explain(MatchProfile query, ScoredCandidate scored, double threshold) {
        Set<String> terms = new LinkedHashSet<>(scored.evidence().sharedTerms());
        List<Explanation.Contribution> contributions = scored.features().stream()
                .filter(f -> f.text() != null)
                .sorted(Comparator.comparingDouble((FeatureValue f) -> -Math.abs(scored.model().contribution(f)))
                        .thenComparing(FeatureValue::feature))
                .map(f -> new Explanation.Contribution(f.feature(), label(f.feature()), round(f.value()),
                        round(scored.model().weight(f.feature())), f.text()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (scored.lead() != null) {
            contributions.addFirst(scored.lead());
        }
        List<String> warnings = warnings(scored.features());
        ScoreLevel level = level(scored.score(), scored.score() >= threshold, !warnings.isEmpty());
        return new Explanation(List.copyOf(terms),
                highlighter.snippet(query.fullText(), terms, QUERY_SNIPPET_CHARS),
                highlighter.snippet(scored.candidate().fullText(), terms, CANDIDATE_SNIPPET_CHARS),
                List.copyOf(contributions), summary(scored, contributions, warnings, level), warnings);
    }

    /** A team's lead contribution: its best-matching achievement, with the score that achievement got. */
    static Explanation.Contribution leadAchievement(String title, double score) {
        return new Explanation.Contribution(LEAD_ACHIEVEMENT, label(LEAD_ACHIEVEMENT), round(score), 1,
                "代表成果「" + title + "」与需求匹配度 " + Math.round(shown(score, false) * 100) + "%");
    }

    /** The 匹配度 a page shows for an engine score: under the cap, and under the reserved cap beside a warning. */
    static double shown(double score, boolean reserved) {
        return Math.min(score, reserved ? RESERVED_SCORE_CAP : SHOWN_SCORE_CAP);
    }

    /** The 匹配度 in words: a warning keeps a pair out of 高, as it keeps its figure under the reserved cap. */
    static ScoreLevel level(double score, boolean good, boolean reserved) {
        ScoreLevel level = ScoreLevel.of(score, good);
        return reserved && level == ScoreLevel.HIGH ? ScoreLevel.MEDIUM : level;
    }

    static String label(String feature) {
        return LABELS.getOrDefault(feature, "其他");
    }

    /** A warning for each of field, maturity and budget the records say falls short, in that order. */
    static List<String> warnings(List<FeatureValue> features) {
        List<String> warnings = new ArrayList<>();
        for (String feature : List.of(FieldFit.NAME, MaturityFit.NAME, BudgetFit.NAME)) {
            features.stream().filter(f -> f.feature().equals(feature) && f.known() && f.value() < 1).findFirst()
                    .ifPresent(f -> warnings.add(WARNINGS.get(feature)));
        }
        return List.copyOf(warnings);
    }

    /** 「匹配度 高 78%：…」: the band in words first, as the page shows it, then the figure and the main reasons. */
    private static String summary(ScoredCandidate scored, List<Explanation.Contribution> contributions,
                                  List<String> warnings, ScoreLevel level) {
        double shown = shown(scored.score(), !warnings.isEmpty());
        String reasons = String.join("；", contributions.stream().limit(2).map(Explanation.Contribution::text)
                .toList());
        return "匹配度 " + level.label() + " " + Math.round(shown * 100) + "%"
                + (warnings.isEmpty() ? "" : "（" + RESERVED + "：" + String.join("、", warnings) + "）")
                + (reasons.isEmpty() ? "" : "：" + reasons);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
