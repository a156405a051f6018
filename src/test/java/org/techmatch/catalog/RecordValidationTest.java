package org.techmatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandKind;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;

class RecordValidationTest {
    private final AchievementKind achievements = new AchievementKind();
    private final DemandKind demands = new DemandKind();

    @Test
    void aCompleteAchievementPasses() {
        assertThat(problems(achievement("一种耐高温复合材料", "以碳纤维增强树脂基体……"))).isEmpty();
    }

    @Test
    void missingRequiredFieldsAreAllReportedAtOnce() {
        Achievement empty = new Achievement(null, 0, null, "  ", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        assertThat(problems(empty)).extracting(FieldProblem::field)
                .contains("title", "description", "owner", "techField", "maturity");
        assertThat(problems(empty)).allSatisfy(p -> assertThat(p.message()).isEqualTo("必填"));
    }

    @Test
    void overlongTextIsRefusedWithItsLengthAndNotEchoedInFull() {
        String huge = "材".repeat(1_000_000);
        List<FieldProblem> found = problems(achievement("标题", huge));
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("description");
            assertThat(p.message()).contains("20000").contains("1000000");
            assertThat(p.value().toString()).hasSizeLessThan(200);
        });
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAreFine() {
        assertThat(problems(achievement("Al-Zn\u0002Mg-Cu 合金", "第一段\n第二段\t缩进")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("title");
                    assertThat(p.message()).contains("U+0002");
                });
        assertThat(problems(achievement("半个代理对\uD800", "正文"))).extracting(FieldProblem::field)
                .containsExactly("title");
    }

    @Test
    void contactAndMoneyRulesNameTheNestedField() {
        Achievement a = achievement("标题", "正文");
        Achievement bad = new Achievement(null, 0, null, a.title(), a.description(), a.owner(), null,
                new Contact("王老师", "call me", "not-an-email"), a.techField(), null, null, a.maturity(), null, null,
                new MoneyRange(false, 200.0, 100.0), null, null, null, null, null);
        assertThat(problems(bad)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("contact.phone", "contact.email", "askingPrice.minWan");
    }

    @Test
    void aDemandNeedsItsEnterpriseAndIndicatorNames() {
        Demand d = new Demand(null, 0, null, "电池包热失控预警", "需要提前预警", List.of(new Indicator(null, "≥ 5 分钟")),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(problems(d)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("enterprise", "indicators[0].name");
    }

    @Test
    void indicatorLinesAreParsedWithEitherColon() {
        assertThat(Indicator.parse("能量密度：≥ 280 Wh/kg")).isEqualTo(new Indicator("能量密度", "≥ 280 Wh/kg"));
        assertThat(Indicator.parse("误报率: < 1%")).isEqualTo(new Indicator("误报率", "< 1%"));
    }

    @Test
    void moneyWithOneBoundIsASingleAmountAndNoAmountIsNegotiable() {
        assertThat(new MoneyRange(null, 30.0, null).describe()).isEqualTo("30 万元");
        assertThat(new MoneyRange(null, null, null).isNegotiable()).isTrue();
        assertThat(MoneyRange.between(50, 100).describe()).isEqualTo("50–100 万元");
    }

    static Achievement achievement(String title, String description) {
        return new Achievement(null, 0, null, title, description, new Organisation("天津大学", OrgKind.UNIVERSITY),
                null, null, TechField.NEW_MATERIALS, null, List.of("复合材料"), Maturity.SAMPLE, null, null, null,
                null, null, null, null, null);
    }

    private List<FieldProblem> problems(Achievement a) {
        Problems problems = new Problems();
        achievements.validate(a, problems);
        return problems.list();
    }

    private List<FieldProblem> problems(Demand d) {
        Problems problems = new Problems();
        demands.validate(d, problems);
        return problems.list();
    }
}
