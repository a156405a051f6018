package org.techmatch.importing.techmarket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.vocabulary.TransferMode;

class TechMarketValuesTest {

    @Test
    void pricesInWanWithAnyDashOrNegotiable() {
        assertThat(TechMarketValues.price("面议")).hasValueSatisfying(p -> assertThat(p.isNegotiable()).isTrue());
        assertThat(TechMarketValues.price("100.0万元-200.0万元")).hasValue(MoneyRange.between(100, 200));
        assertThat(TechMarketValues.price("30.0万元-100.0万元")).hasValue(MoneyRange.between(30, 100));
        assertThat(TechMarketValues.price(" 9.0万元-9.0万元 ")).hasValue(MoneyRange.between(9, 9));
        assertThat(TechMarketValues.price("50万元")).hasValue(MoneyRange.between(50, 50));
        assertThat(TechMarketValues.price("30～50万")).hasValue(MoneyRange.between(30, 50));
    }

    @Test
    void anAmountWithoutTheUnitWanIsNotGuessed() {
        assertThat(TechMarketValues.price("5000")).isEmpty();
        assertThat(TechMarketValues.price("5000元")).isEmpty();
        assertThat(TechMarketValues.price("请来电")).isEmpty();
    }

    @Test
    void postingDayStartsInBeijingTime() {
        assertThat(TechMarketValues.postedAt("2020-03-20")).hasValue(Instant.parse("2020-03-19T16:00:00Z"));
        assertThat(TechMarketValues.postedAt("2020-02-30")).isEmpty();
        assertThat(TechMarketValues.postedAt("昨天")).isEmpty();
    }

    @Test
    void theWindowsEndIsTheDateAfterZhiWithTheTimeGluedOn() {
        assertThat(TechMarketValues.windowEnd("2020-01-1310:49:39.0至2021-01-1310:49:41.0"))
                .hasValue(LocalDate.of(2021, 1, 13));
        assertThat(TechMarketValues.windowEnd("至")).isEmpty();
        assertThat(TechMarketValues.windowEnd("2020-01-13")).isEmpty();
    }

    @Test
    void cooperationAtomsAreCutLongestFirst() {
        CooperationMethods.Parsed glued = CooperationMethods.parse("完全转让许可转让技术入股合作生产");
        assertThat(glued.modes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENCE, TransferMode.EQUITY,
                TransferMode.JOINT_DEVELOPMENT);
        assertThat(glued.lossless()).isTrue();
        CooperationMethods.Parsed listed = CooperationMethods.parse("技术转让，技术许可, 其他");
        assertThat(listed.modes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENCE);
        assertThat(listed.other()).isTrue();
        // 转让 twice (技术转让 and 完全转让 are both TRANSFER) is one mode
        assertThat(CooperationMethods.parse("完全转让,技术转让").modes()).containsExactly(TransferMode.TRANSFER);
        assertThat(CooperationMethods.parse("技术转让抵债").unknown()).containsExactly("抵债");
    }
}
