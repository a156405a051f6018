package org.techmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.search.SnippetHighlighter;
import org.techmatch.text.TextAnalysis;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;

/**
 * Every sentence of an explanation is checked against hand-made record pairs: what it says must be true of the
 * two records, in Chinese, and a warning must hold the displayed score down.
 */
class ExplainerTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final List<Feature> FEATURES = List.of(new TextFit(), new PhraseFit(), new RankFit(),
            new SemanticFit(), new TitleFit.OfQuery(), new TitleFit.OfCandidate(), new FieldFit(), new IndustryFit(),
            new MaturityFit(), new ModeFit(), new BudgetFit(), new RegionFit(), new FreshnessFit());
    /** A model that scores a pair with much shared text near 1, so a warning beside a top score would show. */
    private static final FusionModel MODEL = new FusionModel(6, Map.of("text", 4.0, "techField", 1.7,
            "maturity", 1.1, "budget", 0.6, "semantic", 2.0, "region", 0.4));
    private static final TextEvidence EVIDENCE = new TextEvidence(0.9, 0.8, 1.0, 0.85, List.of("面密度", "涂布"),
            0.7, 0.6);
    private static final Explainer EXPLAINER = new Explainer(new SnippetHighlighter(TextAnalysis.load()));

    private static MatchProfile demand(TechField field, Maturity maturity, MoneyRange budget) {
        return new MatchProfile("D1", "demand", 1, "锂电池极片面密度在线测量", "涂布后极片面密度需在线测量，替代人工目视抽检。",
                field, null, maturity, List.of(TransferMode.LICENCE), budget, Region.of("滨海新区"),
                Instant.parse("2026-03-01T00:00:00Z"), null);
    }

    private static MatchProfile achievement(TechField field, Maturity maturity, MoneyRange price) {
        return new MatchProfile("A1", "achievement", 1, "β射线面密度测量仪", "用于锂电池涂布极片面密度的在线测量。",
                field, null, maturity, List.of(TransferMode.LICENCE), price, Region.of("西青区"),
                Instant.parse("2026-02-01T00:00:00Z"), null);
    }

    private static FeatureValue budget(MoneyRange budget, MoneyRange price) {
        return new BudgetFit().assess(demand(null, null, budget), achievement(null, null, price), EVIDENCE, NOW);
    }

    private static ScoredCandidate scored(MatchProfile demand, MatchProfile supply) {
        List<FeatureValue> values = FEATURES.stream().map(f -> f.assess(demand, supply, EVIDENCE, NOW)).toList();
        return new ScoredCandidate(supply, EVIDENCE, values, MODEL, MODEL.score(values), null);
    }

    @Test
    void aBudgetThatReachesThePriceMaximumCoversIt() {
        FeatureValue fit = budget(MoneyRange.between(100, 200), MoneyRange.between(80, 150));
        assertThat(fit.text()).isEqualTo("预算 100–200 万元覆盖报价 80–150 万元");
        assertThat(fit.value()).isEqualTo(1);
        assertThat(budget(MoneyRange.between(150, 150), MoneyRange.between(80, 150)).text())
                .isEqualTo("预算 150 万元覆盖报价 80–150 万元");
    }

    @Test
    void aBudgetUnderThePriceMaximumButOverItsMinimumOverlapsAndNeedsNegotiation() {
        FeatureValue fit = budget(MoneyRange.between(50, 120), MoneyRange.between(80, 150));
        assertThat(fit.text()).isEqualTo("预算 50–120 万元与报价 80–150 万元部分重叠，需协商")
                .doesNotContain("≥").doesNotContain("覆盖");
        assertThat(fit.value()).as("the value the model was fitted with").isEqualTo(1);
        assertThat(Explainer.warnings(List.of(fit))).isEmpty();
    }

    @Test
    void aBudgetUnderThePriceMinimumFallsShortAndWarns() {
        FeatureValue fit = budget(MoneyRange.between(50, 50), MoneyRange.between(80, 150));
        assertThat(fit.text()).isEqualTo("预算 50 万元低于报价下限 80 万元");
        assertThat(fit.value()).isEqualTo(50.0 / 80 * 0.8);
        assertThat(Explainer.warnings(List.of(fit))).containsExactly("预算不足");
    }

    @Test
    void aNegotiablePriceIsSaidSoAndNeitherHelpsNorHurts() {
        FeatureValue fit = budget(MoneyRange.between(50, 120), new MoneyRange(true, null, null));
        assertThat(fit.text()).isEqualTo("价格面议");
        assertThat(fit.known()).isFalse();
        assertThat(MODEL.contribution(fit)).isZero();
        assertThat(budget(new MoneyRange(true, null, null), MoneyRange.between(80, 150)).text()).isEqualTo("预算面议");
        assertThat(budget(null, MoneyRange.between(80, 150)).text()).as("no budget: nothing said").isNull();
    }

    @Test
    void theSameFieldIsSaidAndADifferentOneWarns() {
        FieldFit field = new FieldFit();
        FeatureValue same = field.assess(demand(TechField.ELECTRONIC_INFORMATION, null, null),
                achievement(TechField.ELECTRONIC_INFORMATION, null, null), EVIDENCE, NOW);
        assertThat(same.text()).isEqualTo("技术领域一致：电子信息");
        assertThat(Explainer.warnings(List.of(same))).isEmpty();
        FeatureValue different = field.assess(demand(TechField.ELECTRONIC_INFORMATION, null, null),
                achievement(TechField.AEROSPACE, null, null), EVIDENCE, NOW);
        assertThat(different.text()).isEqualTo("技术领域不同：需求属电子信息，供给方属航空航天");
        assertThat(Explainer.warnings(List.of(different))).containsExactly("技术领域不同");
    }

    @Test
    void aMaturityThatMeetsTheNeedIsSaidAndOneBelowItWarns() {
        MaturityFit maturity = new MaturityFit();
        FeatureValue meets = maturity.assess(demand(null, Maturity.PILOT_TESTED, null),
                achievement(null, Maturity.MASS_PRODUCTION, null), EVIDENCE, NOW);
        assertThat(meets.text()).isEqualTo("成熟度：可以量产，满足需求的通过中试要求");
        assertThat(Explainer.warnings(List.of(meets))).isEmpty();
        FeatureValue below = maturity.assess(demand(null, Maturity.MASS_PRODUCTION, null),
                achievement(null, Maturity.LAB_TESTED, null), EVIDENCE, NOW);
        assertThat(below.text()).isEqualTo("成熟度：通过小试，低于需求的可以量产要求");
        assertThat(Explainer.warnings(List.of(below))).containsExactly("成熟度低于要求");
    }

    @Test
    void genericWordsAndWordsUnderTheIdfFloorAreNotSharedKeyTerms() {
        SelectedTerms terms = new SelectedTerms(List.of(new WeightedTerm("面密度", 9), new WeightedTerm("测试", 8),
                new WeightedTerm("需要", 7), new WeightedTerm("技术", 6), new WeightedTerm("结构", 5),
                new WeightedTerm("目视", 5), new WeightedTerm("涂布", 4), new WeightedTerm("极片", 3)),
                List.of(), Set.of(), List.of(), Set.of("极片"));
        String candidate = EvidenceMeter.fold("需要测试技术：目视检查结构，涂布极片面密度");
        TextEvidence evidence = EvidenceMeter.measure(terms, candidate, List.of(), 1, null);
        assertThat(evidence.sharedTerms()).as("极片 is under the idf floor, the others are in the stoplist")
                .containsExactly("面密度", "涂布");
        assertThat(evidence.wordCoverage()).as("coverage, a ranking signal, still counts every term").isEqualTo(1);
        assertThat(KeyTerms.generic()).contains("测试", "需要", "技术", "结构", "目视");
    }

    @Test
    void aTopScoreBesideAWarningIsHeldDownAndMarkedWithReservations() {
        ScoredCandidate scored = scored(demand(TechField.ELECTRONIC_INFORMATION, Maturity.MASS_PRODUCTION,
                        MoneyRange.between(50, 50)),
                achievement(TechField.ADVANCED_MANUFACTURING, Maturity.LAB_TESTED, MoneyRange.between(80, 150)));
        assertThat(scored.score()).as("the engine's score").isGreaterThan(0.9);
        Match match = EXPLAINER.match(demand(null, null, null), scored, 0.5);
        assertThat(match.explanation().warnings()).containsExactly("技术领域不同", "成熟度低于要求", "预算不足");
        assertThat(match.reserved()).isTrue();
        assertThat(match.score()).isEqualTo(Explainer.RESERVED_SCORE_CAP);
        assertThat(match.rankScore()).as("the ranking keeps the engine's score").isEqualTo(Explainer.round(scored.score()));
        assertThat(match.good()).isTrue();
        assertThat(match.level()).as("a warning keeps the pair out of 高").isEqualTo("中");
        assertThat(match.explanation().summary()).startsWith("匹配度 中 85%（有保留：技术领域不同、成熟度低于要求、预算不足）");
    }

    @Test
    void aMatchWithoutWarningsShowsTheEngineScore() {
        ScoredCandidate scored = scored(demand(TechField.ELECTRONIC_INFORMATION, Maturity.PILOT_TESTED,
                        MoneyRange.between(100, 200)),
                achievement(TechField.ELECTRONIC_INFORMATION, Maturity.SAMPLE, MoneyRange.between(80, 150)));
        Match match = EXPLAINER.match(demand(null, null, null), scored, 0.5);
        assertThat(match.reserved()).isFalse();
        assertThat(match.score()).isEqualTo(Math.min(match.rankScore(), Explainer.SHOWN_SCORE_CAP)).isGreaterThan(0.9);
        assertThat(match.explanation().summary()).doesNotContain("有保留");
        assertThat(match.level()).isEqualTo("高");
    }

    /** The level in words follows the threshold and the 高 band's lower end, whatever the figure shown. */
    @Test
    void theLevelIsLowUnderTheThresholdAndMediumUnderTheHighBand() {
        ScoredCandidate scored = scored(demand(TechField.ELECTRONIC_INFORMATION, Maturity.PILOT_TESTED,
                        MoneyRange.between(100, 200)),
                achievement(TechField.ELECTRONIC_INFORMATION, Maturity.SAMPLE, MoneyRange.between(80, 150)));
        Match weak = EXPLAINER.match(demand(null, null, null), scored.withLead(0.2, null), 0.23);
        assertThat(weak.good()).isFalse();
        assertThat(weak.level()).as("a weaker candidate is never 中 or 高").isEqualTo("低");
        assertThat(weak.explanation().summary()).startsWith("匹配度 低 20%");
        Match medium = EXPLAINER.match(demand(null, null, null), scored.withLead(0.4, null), 0.23);
        assertThat(medium.good()).isTrue();
        assertThat(medium.level()).isEqualTo("中");
        Match high = EXPLAINER.match(demand(null, null, null), scored.withLead(ScoreLevel.HIGH_FROM, null), 0.23);
        assertThat(high.level()).isEqualTo("高");
    }

    /** 匹配度 is a calibrated chance: even the surest pair is not shown as certain. */
    @Test
    void noScoreIsShownAsCertain() {
        ScoredCandidate sure = scored(demand(TechField.ELECTRONIC_INFORMATION, Maturity.PILOT_TESTED,
                        MoneyRange.between(100, 200)),
                achievement(TechField.ELECTRONIC_INFORMATION, Maturity.SAMPLE, MoneyRange.between(80, 150)));
        ScoredCandidate certain = sure.withLead(0.9994, null);
        Match match = EXPLAINER.match(demand(null, null, null), certain, 0.5);
        assertThat(match.score()).isEqualTo(Explainer.SHOWN_SCORE_CAP);
        assertThat(match.rankScore()).as("the ranking keeps the engine's score").isEqualTo(0.999);
        assertThat(match.explanation().summary()).startsWith("匹配度 高 95%").doesNotContain("100%");
        assertThat(Explainer.leadAchievement("β射线面密度测量仪", 0.9994).text()).endsWith("匹配度 95%");
    }

    @Test
    void noSentenceOfAnExplanationHasLatinLettersOrFeatureNames() {
        for (ScoredCandidate scored : List.of(
                scored(demand(TechField.ELECTRONIC_INFORMATION, Maturity.PILOT_TESTED, MoneyRange.between(50, 120)),
                        achievement(TechField.ELECTRONIC_INFORMATION, Maturity.SAMPLE, MoneyRange.between(80, 150))),
                scored(demand(TechField.ELECTRONIC_INFORMATION, Maturity.MASS_PRODUCTION, MoneyRange.between(5, 5)),
                        achievement(TechField.AEROSPACE, Maturity.IN_RESEARCH, new MoneyRange(true, null, null))),
                scored(demand(null, null, null), achievement(null, Maturity.SAMPLE, null))
                        .withLead(0.93, Explainer.leadAchievement("焊缝缺陷视觉检测系统", 0.93)))) {
            Explanation explanation = EXPLAINER.explain(demand(null, null, null), scored, 0.23);
            assertThat(explanation.summary()).doesNotContainPattern("[A-Za-z]");
            assertThat(explanation.warnings()).allSatisfy(w -> assertThat(w).doesNotContainPattern("[A-Za-z]"));
            assertThat(explanation.contributions()).isNotEmpty().allSatisfy(c -> {
                assertThat(c.text()).doesNotContainPattern("[A-Za-z]");
                assertThat(c.label()).doesNotContainPattern("[A-Za-z]").isNotEqualTo("其他");
            });
        }
    }

    @Test
    void theLeadOfATeamIsLabelledInChineseAndKeepsItsMachineName() {
        Explanation.Contribution lead = Explainer.leadAchievement("焊缝缺陷视觉检测系统", 1.0);
        assertThat(lead.feature()).isEqualTo("achievement");
        assertThat(lead.label()).isEqualTo("成果匹配");
        assertThat(lead.text()).isEqualTo("代表成果「焊缝缺陷视觉检测系统」与需求匹配度 95%");
    }
}
