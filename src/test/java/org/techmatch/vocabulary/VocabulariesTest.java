package org.techmatch.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabulariesTest {

    @Test
    void acceptsLabelsEnglishNamesAndAliases() {
        assertThat(Maturity.of("通过中试")).isEqualTo(Maturity.PILOT_TESTED);
        assertThat(Maturity.of("pilot_tested")).isEqualTo(Maturity.PILOT_TESTED);
        assertThat(Maturity.of(" 小试 ")).isEqualTo(Maturity.LAB_TESTED);
        assertThat(TransferMode.of("技术转让")).isEqualTo(TransferMode.TRANSFER);
        assertThat(TransferMode.of("技术入股")).isEqualTo(TransferMode.EQUITY);
        assertThat(TechField.of("生物医药")).isEqualTo(TechField.BIO_MEDICINE);
    }

    @Test
    void unknownValueListsEveryAcceptedLabel() {
        assertThatThrownBy(() -> Maturity.of("量子态"))
                .isInstanceOfSatisfying(UnknownValueException.class, e -> {
                    assertThat(e.value()).isEqualTo("量子态");
                    assertThat(e.accepted()).containsExactly("正在研发", "通过小试", "通过中试", "已有样品", "可以量产");
                    assertThat(e.getMessage()).contains("成熟度").contains("可以量产");
                });
    }

    @Test
    void maturityStagesMapToIncreasingReadinessLevels() {
        assertThat(Maturity.values()).extracting(Maturity::trl).isSorted();
        assertThat(Maturity.SAMPLE.trl()).isGreaterThan(Maturity.PILOT_TESTED.trl());
    }

    @Test
    void industryIsFoundByCodeDivisionNumberAndChineseName() {
        Industry pharma = Industry.of("C27");
        assertThat(pharma.divisionName()).isEqualTo("医药制造业");
        assertThat(pharma.sectionName()).isEqualTo("制造业");
        assertThat(Industry.of("27")).isEqualTo(pharma);
        assertThat(Industry.of("制造业——医药制造业")).isEqualTo(pharma);
        assertThat(Industry.of("医药制造业")).isEqualTo(pharma);
        assertThat(Industry.of("制造业").isSectionOnly()).isTrue();
        // the tech market spells this section with an extra 、 before 及
        assertThat(Industry.of("电力、热力、燃气、及水生产和供应业").code()).isEqualTo("D");
        assertThat(IndustryCatalog.standard().divisions()).hasSize(97);
        assertThat(IndustryCatalog.standard().sections()).hasSize(20);
        assertThatThrownBy(() -> Industry.of("Z99")).isInstanceOf(UnknownValueException.class);
    }

    @Test
    void regionsKnowTianjinAndJingJinJi() {
        assertThat(Region.of("南开区").scope()).isEqualTo(Region.Scope.TIANJIN_DISTRICT);
        assertThat(Region.of("天津市津南区").name()).isEqualTo("津南区");
        assertThat(Region.of("北辰").name()).isEqualTo("北辰区");
        assertThat(Region.of("北京").isJingJinJi()).isTrue();
        assertThat(Region.of("北京").isTianjin()).isFalse();
        assertThat(Region.of("广东省").isJingJinJi()).isFalse();
        assertThatThrownBy(() -> Region.of("火星")).isInstanceOf(UnknownValueException.class)
                .hasMessageContaining("滨海新区");
    }
}
