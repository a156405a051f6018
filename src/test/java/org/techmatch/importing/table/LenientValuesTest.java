package org.techmatch.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.techmatch.text.Shingles;
import org.techmatch.vocabulary.IpKind;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.TransferMode;

/** Controlled values as spreadsheets spell them, headers as people write them, and the near-duplicate measure. */
class LenientValuesTest {
    @Test
    void aliasesAreReadAndSaidSo() {
        assertThat(LenientChoice.match(Maturity.class, "通过中试")).hasValueSatisfying(m -> {
            assertThat(m.label()).isEqualTo("通过中试");
            assertThat(m.note()).isNull();
        });
        assertThat(LenientChoice.match(Maturity.class, "小试")).hasValueSatisfying(m -> {
            assertThat(m.label()).isEqualTo("通过小试");
            assertThat(m.note()).isEqualTo("「小试」按「通过小试」导入");
        });
        assertThat(LenientChoice.match(IpKind.class, "发明")).hasValueSatisfying(m ->
                assertThat(m.label()).isEqualTo("发明专利"));
    }

    @Test
    void aValueContainingExactlyOneLabelIsAGuess() {
        assertThat(LenientChoice.match(Maturity.class, "已通过中试阶段")).hasValueSatisfying(m -> {
            assertThat(m.label()).isEqualTo("通过中试");
            assertThat(m.note()).contains("疑为");
        });
        assertThat(LenientChoice.match(TransferMode.class, "技术许可转让")).isEmpty();
        assertThat(LenientChoice.match(Maturity.class, "试")).isEmpty();
        assertThat(LenientChoice.match(Maturity.class, "实验室阶段")).isEmpty();
    }

    @Test
    void headersAreRecognisedWhateverTheirDecoration() {
        var columns = LibraryColumns.of("achievement");
        assertThat(HeaderNames.match(columns, "成果名称*")).hasValueSatisfying(c -> assertThat(c.path()).isEqualTo("title"));
        assertThat(HeaderNames.match(columns, "项目名称")).hasValueSatisfying(c -> assertThat(c.path()).isEqualTo("title"));
        assertThat(HeaderNames.match(columns, " 成果 简介（必填）")).hasValueSatisfying(c ->
                assertThat(c.path()).isEqualTo("description"));
        assertThat(HeaderNames.match(columns, "Title")).hasValueSatisfying(c -> assertThat(c.path()).isEqualTo("title"));
        assertThat(HeaderNames.match(columns, "价格(万元)")).hasValueSatisfying(c ->
                assertThat(c.path()).isEqualTo("askingPrice"));
        assertThat(HeaderNames.match(columns, "价格（元）")).hasValueSatisfying(c ->
                assertThat(c.path()).isEqualTo("askingPrice"));
        assertThat(HeaderNames.match(columns, "备注")).isEmpty();
    }

    @Test
    void aRepostWithSmallEditsIsNearAndAnotherTextIsFar() {
        String original = "本技术采用低温等离子体协同催化剂降解工业废气中的挥发性有机物，对甲苯、二甲苯的去除率达到 95% 以上。";
        String edited = "【转让】" + original.replace("本技术", "该技术") + "欢迎洽谈。";
        String other = "盐碱地耐盐水稻新品种选育，耐盐 6‰，亩产 500 公斤，适合滨海新区种植。";
        double near = Shingles.jaccard(Shingles.bigrams(original), Shingles.bigrams(edited));
        double far = Shingles.jaccard(Shingles.bigrams(original), Shingles.bigrams(other));
        assertThat(near).isGreaterThan(0.7);
        assertThat(far).isLessThan(0.1);
        assertThat(Shingles.bandKeys(original)).hasSize(Shingles.BANDS)
                .containsAnyElementsOf(Shingles.bandKeys(edited));
        assertThat(Shingles.bandKeys(original)).doesNotContainAnyElementsOf(Shingles.bandKeys(other));
        assertThat(Shingles.normalise("Ａ－１　电池，")).isEqualTo("a1电池");
    }
}
