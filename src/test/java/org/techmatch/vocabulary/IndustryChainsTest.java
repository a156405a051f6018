package org.techmatch.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chain rules in their order: telling words, then the GB/T 4754 division, then the technology field. */
class IndustryChainsTest {

    @Test
    void wordsThatCutAcrossDivisionsComeFirst() {
        // a chip and a laptop are both C39; a TCM granule and an antibody are both C27
        assertThat(IndustryChains.classify(TechField.ELECTRONIC_INFORMATION, Industry.of("C39"), "电源管理芯片"))
                .isEqualTo(IndustryChain.INTEGRATED_CIRCUIT);
        assertThat(IndustryChains.classify(TechField.ELECTRONIC_INFORMATION, Industry.of("C39"), "国产笔记本整机"))
                .isEqualTo(IndustryChain.XINCHUANG);
        assertThat(IndustryChains.classify(TechField.BIO_MEDICINE, Industry.of("C27"), "中药配方颗粒质量标准"))
                .isEqualTo(IndustryChain.TCM);
        assertThat(IndustryChains.classify(TechField.BIO_MEDICINE, Industry.of("C27"), "抗体药物纯化"))
                .isEqualTo(IndustryChain.BIOMEDICINE);
        assertThat(IndustryChains.classify(TechField.ELECTRONIC_INFORMATION, Industry.of("I65"), "车路协同V2X平台"))
                .isEqualTo(IndustryChain.CONNECTED_VEHICLES);
        assertThat(IndustryChains.classify(TechField.AEROSPACE, Industry.of("C40"), "航空发动机滑油监测"))
                .isEqualTo(IndustryChain.AEROSPACE);
    }

    @Test
    void theDivisionDecidesWhenNoWordDoes() {
        assertThat(IndustryChains.classify(null, Industry.of("C36"), "座椅骨架")).isEqualTo(IndustryChain.AUTOMOTIVE);
        assertThat(IndustryChains.classify(null, Industry.of("C26"), "涂料")).isEqualTo(IndustryChain.GREEN_PETROCHEMICAL);
        assertThat(IndustryChains.classify(null, Industry.of("C14"), "烘焙")).isEqualTo(IndustryChain.LIGHT_INDUSTRY);
        assertThat(IndustryChains.classify(TechField.NEW_ENERGY, Industry.of("C34"), "泵"))
                .isEqualTo(IndustryChain.HIGH_END_EQUIPMENT);
    }

    @Test
    void theFieldDecidesLastAndSomeRecordsBelongToNoChain() {
        assertThat(IndustryChains.classify(TechField.NEW_MATERIALS, Industry.of("M74"), "检测服务"))
                .isEqualTo(IndustryChain.NEW_MATERIALS);
        assertThat(IndustryChains.classify(TechField.RESOURCES_ENVIRONMENT, Industry.of("N77"), "土壤修复"))
                .isEqualTo(IndustryChain.OTHER);
        assertThat(IndustryChains.classify(null, null, null)).isEqualTo(IndustryChain.OTHER);
        assertThat(IndustryChain.of("其他")).isEqualTo(IndustryChain.OTHER);
    }
}
