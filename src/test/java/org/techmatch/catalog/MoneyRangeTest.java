package org.techmatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Amounts read as people write them: never with an exponent (a report once showed 9.9999999999E10). */
class MoneyRangeTest {

    @Test
    void largeAndSmallAmountsAreWrittenWithoutAnExponent() {
        assertThat(MoneyRange.plain(99_999_999_999.0)).isEqualTo("99999999999");
        assertThat(MoneyRange.plain(99_999_999_999.5)).isEqualTo("99999999999.5");
        assertThat(MoneyRange.plain(100.0)).isEqualTo("100");
        assertThat(MoneyRange.plain(0.1)).isEqualTo("0.1");
        assertThat(MoneyRange.between(80.5, 1_000_000).describe()).isEqualTo("80.5–1000000 万元");
        assertThat(MoneyRange.plainText(1.0E11)).isEqualTo("100000000000");
        assertThat(MoneyRange.plainText("很多")).isEqualTo("很多");
    }

    @Test
    void anAmountIsZeroOrWithinTheBounds() {
        Problems problems = new Problems();
        CatalogRules.money("budget", MoneyRange.between(0, 50), problems);
        assertThat(problems.list()).isEmpty();
        CatalogRules.money("budget", MoneyRange.between(0.001, 5_000_000), problems);
        assertThat(problems.list()).extracting(FieldProblem::field).containsExactly("budget.minWan", "budget.maxWan");
    }
}
