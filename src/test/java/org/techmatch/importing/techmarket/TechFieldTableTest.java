package org.techmatch.importing.techmarket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TechFieldTableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "电子信息|电子信息|false",
            "生物医药|生物与新医药|false",
            "新材料|新材料|false",
            "新能源|新能源与节能|false",
            "资源环保|资源与环境|false",
            "装备制造|先进制造与自动化|false",
            "技术服务|高技术服务|false",
            "现代农业|生物与新医药|true",
            "交通运输|先进制造与自动化|true",
            "建筑安装|先进制造与自动化|true",
            "生活必需|先进制造与自动化|true"})
    void everyTopLevelOfTheMarketHasAField(String topLevel, String field, boolean guessed) {
        assertThat(TechFieldTable.map(topLevel, null)).hasValueSatisfying(m -> {
            assertThat(m.field().label()).isEqualTo(field);
            assertThat(m.guess() != null).isEqualTo(guessed);
        });
    }

    @Test
    void theTableCoversTheKnownTopLevels() {
        assertThat(TechFieldTable.knownTopLevels()).hasSize(11)
                .allSatisfy(top -> assertThat(TechFieldTable.map(top, "任意子领域")).isPresent());
    }

    @Test
    void aSubFieldThatBelongsElsewhereOverridesItsTopLevel() {
        assertThat(TechFieldTable.map("交通运输", "航空")).hasValueSatisfying(m ->
                assertThat(m.field().label()).isEqualTo("航空航天"));
        assertThat(TechFieldTable.map("现代农业", "新型农业机械设备")).hasValueSatisfying(m ->
                assertThat(m.field().label()).isEqualTo("先进制造与自动化"));
        assertThat(TechFieldTable.map("现代农业", "农林植物新品种")).hasValueSatisfying(m ->
                assertThat(m.field().label()).isEqualTo("生物与新医药"));
    }

    @Test
    void anUnknownTopLevelHasNoField() {
        assertThat(TechFieldTable.map("量子玄学", "占卜")).isEmpty();
        assertThat(TechFieldTable.map("", null)).isEmpty();
    }
}
