package org.techmatch.importing.techmarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techmatch.importing.techmarket.TestRows.achievement;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.importing.RowOutcome;
import org.techmatch.importing.RowProblem;
import org.techmatch.vocabulary.AchievementStatus;
import org.techmatch.vocabulary.IpKind;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;

class TechMarketAchievementMapperTest {
    private final TechMarketAchievementMapper mapper = new TechMarketAchievementMapper();

    @Test
    void aPlainRowMapsEveryField() {
        RowOutcome<Achievement> outcome = mapper.map(achievement());
        Achievement a = accepted(outcome);
        assertThat(a.title()).isEqualTo("一种耐高温复合材料");
        assertThat(a.description()).isEqualTo("以碳纤维增强树脂基体，耐温 300 ℃。");
        assertThat(a.status()).isEqualTo(AchievementStatus.PUBLISHED);
        assertThat(a.owner().name()).isEqualTo("技术交易市场（来源未注明）");
        assertThat(a.owner().kind()).isEqualTo(OrgKind.OTHER);
        assertThat(a.techField()).isEqualTo(TechField.NEW_MATERIALS);
        assertThat(a.keywords()).containsExactly("复合材料");
        assertThat(a.industry().code()).isEqualTo("C26");
        assertThat(a.maturity()).isEqualTo(Maturity.SAMPLE);
        assertThat(a.ip()).singleElement().satisfies(ip -> assertThat(ip.kind()).isEqualTo(IpKind.INVENTION_PATENT));
        assertThat(a.transferModes()).containsExactly(TransferMode.TRANSFER);
        assertThat(a.askingPrice().isNegotiable()).isTrue();
        assertThat(a.createdAt()).isEqualTo(Instant.parse("2020-03-19T16:00:00Z"));
        assertThat(a.origin().source()).isEqualTo("techmarket");
        assertThat(a.origin().externalId()).isEqualTo("A00001");
        assertThat(a.origin().unmapped()).isEmpty();
        assertThat(outcome.rowNumber()).isEqualTo(7);
        assertThat(outcome.notes()).extracting(RowProblem::field).containsExactly("owner");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "完全转让许可转让技术入股合作生产|转让,许可,作价入股,合作开发|",
            "完全转让许可转让|转让,许可|",
            "许可转让|许可|",
            "完全转让其他|转让|完全转让其他",
            "其他||其他"})
    void gluedCooperationMethodsAreCutIntoTransferModes(String raw, String labels, String keptRaw) {
        Achievement a = accepted(mapper.map(achievement("cooperationMethod", raw)));
        assertThat(a.transferModes()).extracting(TransferMode::label)
                .containsExactlyElementsOf(labels == null ? List.of() : List.of(labels.split(",")));
        assertThat(a.origin().unmapped().get("cooperationMethod")).isEqualTo(keptRaw);
    }

    @Test
    void anUnknownCooperationAtomIsNotedAndKept() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("cooperationMethod", "完全转让以物换物"));
        assertThat(accepted(outcome).transferModes()).containsExactly(TransferMode.TRANSFER);
        assertThat(accepted(outcome).origin().unmapped()).containsEntry("cooperationMethod", "完全转让以物换物");
        assertThat(outcome.notes()).extracting(RowProblem::reason).anyMatch(r -> r.contains("以物换物"));
    }

    @Test
    void pricesAreRangesInWanOrNegotiable() {
        assertThat(accepted(mapper.map(achievement("price", "100.0万元-200.0万元"))).askingPrice())
                .isEqualTo(MoneyRange.between(100, 200));
        assertThat(accepted(mapper.map(achievement("price", "9.0万元-9.0万元"))).askingPrice().describe())
                .isEqualTo("9 万元");
        RowOutcome<Achievement> unreadable = mapper.map(achievement("price", "请来电"));
        assertThat(accepted(unreadable).askingPrice()).isNull();
        assertThat(accepted(unreadable).origin().unmapped()).containsEntry("price", "请来电");
        assertThat(unreadable.notes()).extracting(RowProblem::field).contains("price");
    }

    @Test
    void aTopLevelWithoutAHighTechFieldIsMappedByTheTableAndReported() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("industry", "现代农业-农林植物新品种"));
        Achievement a = accepted(outcome);
        assertThat(a.techField()).isEqualTo(TechField.BIO_MEDICINE);
        assertThat(a.keywords()).containsExactly("农林植物新品种", "现代农业");
        assertThat(a.origin().unmapped()).containsEntry("industry", "现代农业-农林植物新品种");
        assertThat(outcome.notes()).filteredOn(n -> n.field().equals("industry")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("现代农业").contains("生物与新医药"));
    }

    @Test
    void anAliasTopLevelIsExactAndKeepsItsNameAsAKeyword() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("industry", "装备制造-机器人"));
        assertThat(accepted(outcome).techField()).isEqualTo(TechField.ADVANCED_MANUFACTURING);
        assertThat(accepted(outcome).keywords()).containsExactly("机器人", "装备制造");
        assertThat(accepted(outcome).origin().unmapped()).doesNotContainKey("industry");
        assertThat(outcome.notes()).extracting(RowProblem::field).doesNotContain("industry");
        assertThat(accepted(mapper.map(achievement("industry", "电子信息-其他"))).keywords()).isEmpty();
    }

    @Test
    void anUnknownTopLevelRejectsTheRowBecauseTheFieldIsRequired() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("industry", "量子玄学-占卜"));
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Rejected.class, r -> assertThat(r.problems())
                .extracting(p -> ((RowProblem) p).field()).containsExactly("industry"));
    }

    @Test
    void anUnknownMaturityRejectsTheRowWithTheAcceptedValues() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("maturity", "概念阶段"));
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Rejected.class, r -> assertThat(r.problems())
                .singleElement().satisfies(p -> {
                    RowProblem problem = (RowProblem) p;
                    assertThat(problem.field()).isEqualTo("maturity");
                    assertThat(problem.value()).isEqualTo("概念阶段");
                    assertThat(problem.reason()).contains("正在研发").contains("可以量产");
                    assertThat(problem.externalId()).isEqualTo("A00001");
                }));
        assertThat(outcome.record()).isEmpty();
    }

    @Test
    void anEmptyContextIsReplacedByTheNameAndScopeAndNoted() {
        RowOutcome<Achievement> nameOnly = mapper.map(achievement("context", "\u00a0 "));
        assertThat(accepted(nameOnly).description()).isEqualTo("一种耐高温复合材料");
        assertThat(nameOnly.notes()).extracting(RowProblem::reason).contains("成果简介为空，以成果名称代替");

        RowOutcome<Achievement> withScope = mapper.map(achievement("context", "", "scope", "汽车领域"));
        assertThat(accepted(withScope).description()).isEqualTo("一种耐高温复合材料\n应用范围：汽车领域");
        assertThat(accepted(withScope).applicationScope()).isEqualTo("汽车领域");
    }

    @Test
    void earlyApplicationAndFundingBecomeParagraphsOfTheDescriptionOnce() {
        Achievement a = accepted(mapper.map(achievement("earlyApplication", "已在三家企业应用。",
                "funding", "年增效 500 万元。")));
        assertThat(a.description()).isEqualTo("以碳纤维增强树脂基体，耐温 300 ℃。\n\n前期应用情况：已在三家企业应用。\n\n经济效益：年增效 500 万元。");
        Achievement same = accepted(mapper.map(achievement("earlyApplication", "提升性能。", "funding", "提升性能。")));
        assertThat(same.description()).endsWith("前期应用情况：提升性能。");
    }

    @Test
    void contextIsCleanedButKeepsFormulas() {
        Achievement a = accepted(mapper.map(achievement("context",
                "\u00a0\u00a0透湿率大于8000g·m<sup>2</sup>/24h，其中0<x<1。\u3000\u3000第二段。 ")));
        assertThat(a.description()).isEqualTo("透湿率大于8000g·m²/24h，其中0<x<1。 第二段。");
    }

    @Test
    void aControlCharacterInTheNameIsReplacedAndReported() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("id", "A01141",
                "name", "一种高强Al-Zn\u0002Mg-Cu-Ce-Y\u0002Er-La-Sc变形铝合金及其制备方法"));
        assertThat(accepted(outcome).title()).isEqualTo("一种高强Al-Zn-Mg-Cu-Ce-Y-Er-La-Sc变形铝合金及其制备方法");
        assertThat(outcome.notes()).filteredOn(n -> n.field().equals("name")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("U+0002"));
    }

    @Test
    void aGuessedIndustryKeepsTheRawClassification() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("classification", "制造业——计算机、通信和其他电子设备制造"));
        assertThat(accepted(outcome).industry().code()).isEqualTo("C39");
        assertThat(accepted(outcome).origin().unmapped())
                .containsEntry("classification", "制造业——计算机、通信和其他电子设备制造");
        assertThat(outcome.notes()).extracting(RowProblem::field).contains("classification");
    }

    @Test
    void anotherPromotionStatusIsKeptRawAndImportedAsPublished() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("jstgfs", "技术终止转让"));
        assertThat(accepted(outcome).status()).isEqualTo(AchievementStatus.PUBLISHED);
        assertThat(accepted(outcome).origin().unmapped()).containsEntry("jstgfs", "技术终止转让");
    }

    @Test
    void patentKindsUseTheMarketsNames() {
        assertThat(accepted(mapper.map(achievement("zlxx", "实用新型专利"))).ip().getFirst().kind())
                .isEqualTo(IpKind.UTILITY_MODEL);
        assertThat(accepted(mapper.map(achievement("zlxx", "外观专利"))).ip().getFirst().kind()).isEqualTo(IpKind.DESIGN);
        assertThat(accepted(mapper.map(achievement("zlxx", "非专利技术"))).ip().getFirst().kind())
                .isEqualTo(IpKind.NON_PATENT);
        assertThat(accepted(mapper.map(achievement("zlxx", ""))).ip()).isEmpty();
    }

    @Test
    void fieldsTheMapperDoesNotKnowAreKeptRaw() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("contactPhone", "022-12345678"));
        assertThat(accepted(outcome).origin().unmapped()).containsEntry("contactPhone", "022-12345678");
        assertThat(outcome.notes()).extracting(RowProblem::field).contains("contactPhone");
    }

    @Test
    void aRowWithoutIdOrNameIsRejectedWithBothReasons() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("id", null, "name", " "));
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Rejected.class, r -> assertThat(r.problems())
                .extracting(p -> ((RowProblem) p).field()).containsExactly("id", "name"));
    }

    @Test
    void aLineThatIsNotJsonIsRejectedNotThrown() {
        RowOutcome<Achievement> outcome = mapper.map(TechMarketReader.parse(3, "{\"id\": \"A00003\", \"name\": "));
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Rejected.class, r -> {
            assertThat(r.rowNumber()).isEqualTo(3);
            assertThat(((RowProblem) r.problems().getFirst()).reason()).startsWith("不是合法的 JSON");
        });
        assertThat(mapper.map(TechMarketReader.parse(4, "[1, 2]")).isAccepted()).isFalse();
    }

    @Test
    void aTitleOverOurLimitIsReportedByTheLibraryValidationUnderTheSourceField() {
        RowOutcome<Achievement> outcome = mapper.map(achievement("name", "材".repeat(201)));
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Rejected.class, r -> assertThat(r.problems())
                .singleElement().satisfies(p -> {
                    assertThat(((RowProblem) p).field()).isEqualTo("name");
                    assertThat(((RowProblem) p).reason()).contains("科技成果校验").contains("200");
                }));
    }

    private static Achievement accepted(RowOutcome<Achievement> outcome) {
        assertThat(outcome).as("%s", outcome).isInstanceOf(RowOutcome.Accepted.class);
        return outcome.record().orElseThrow();
    }
}
