package org.techmatch.importing.techmarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techmatch.importing.techmarket.TestRows.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.techmatch.demand.Demand;
import org.techmatch.importing.RowOutcome;
import org.techmatch.importing.RowProblem;
import org.techmatch.vocabulary.TransferMode;

class TechMarketDemandMapperTest {
    private final TechMarketDemandMapper mapper = new TechMarketDemandMapper();

    @Test
    void aPlainRowMapsEveryField() {
        RowOutcome<Demand> outcome = mapper.map(demand());
        Demand d = accepted(outcome);
        assertThat(d.title()).isEqualTo("LED手电筒红外开关改进");
        assertThat(d.description()).startsWith("现有产品中手电筒的开关是机械式");
        assertThat(d.enterprise().name()).isEqualTo("技术交易市场（来源未注明）");
        assertThat(d.industry().code()).isEqualTo("C");
        assertThat(d.cooperationModes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENCE,
                TransferMode.COMMISSIONED_DEVELOPMENT);
        assertThat(d.validUntil()).isEqualTo(LocalDate.of(2021, 1, 13));
        assertThat(d.createdAt()).isEqualTo(Instant.parse("2020-01-12T16:00:00Z"));
        assertThat(d.status()).isNull();
        assertThat(d.origin().externalId()).isEqualTo("D00001");
        // the window's start and times have no field of ours: the raw window is always kept
        assertThat(d.origin().unmapped()).containsExactlyEntriesOf(
                java.util.Map.of("time", "2020-01-1310:49:39.0至2021-01-1310:49:41.0"));
        assertThat(outcome.notes()).extracting(RowProblem::field).containsExactly("enterprise");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "技术入股,技术许可|作价入股,许可|",
            "委托开发,其他|委托开发|委托开发,其他",
            "技术入股,技术转让,技术许可,委托开发,其他|作价入股,转让,许可,委托开发|技术入股,技术转让,技术许可,委托开发,其他",
            "其他||其他",
            "''||"})
    void commaSeparatedCooperationMethodsAreTransferModes(String raw, String labels, String keptRaw) {
        Demand d = accepted(mapper.map(demand("cooperationMethod", raw)));
        assertThat(d.cooperationModes()).extracting(TransferMode::label)
                .containsExactlyElementsOf(labels == null ? List.of() : List.of(labels.split(",")));
        assertThat(d.origin().unmapped().get("cooperationMethod")).isEqualTo(keptRaw);
    }

    @Test
    void concatenatedSectionsGiveTheFirstAndAreReported() {
        RowOutcome<Demand> outcome = mapper.map(demand("classification", "信息传输、软件和信息技术服务业金融业"));
        assertThat(accepted(outcome).industry().code()).isEqualTo("I");
        assertThat(accepted(outcome).origin().unmapped()).containsEntry("classification", "信息传输、软件和信息技术服务业金融业");
        assertThat(outcome.notes()).filteredOn(n -> n.field().equals("classification")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("2 个门类"));

        RowOutcome<Demand> four = mapper.map(demand("classification", "制造业电力、热力、燃气、及水生产和供应业建筑业批发和零售业"));
        assertThat(accepted(four).industry().code()).isEqualTo("C");
    }

    @Test
    void theSectionWithAnExtraCommaIsExact() {
        RowOutcome<Demand> outcome = mapper.map(demand("classification", "电力、热力、燃气、及水生产和供应业"));
        assertThat(accepted(outcome).industry().code()).isEqualTo("D");
        assertThat(accepted(outcome).origin().unmapped()).doesNotContainKey("classification");
    }

    @Test
    void aWindowWithoutAnEndLeavesValidUntilUnsetAndSaysSo() {
        RowOutcome<Demand> outcome = mapper.map(demand("time", "2020-01-1310:49:39.0至"));
        assertThat(accepted(outcome).validUntil()).isNull();
        assertThat(accepted(outcome).origin().unmapped()).containsEntry("time", "2020-01-1310:49:39.0至");
        assertThat(outcome.notes()).extracting(RowProblem::field).contains("time");
    }

    @Test
    void wrappingQuotesAreRemovedFromNameAndContext() {
        Demand d = accepted(mapper.map(demand("name", "\"宝武-板坯表面缺陷识别\"",
                "context", "\"背景：在板坯生产过程中,表面缺陷是影响板坯质量的重要因素。\"")));
        assertThat(d.title()).isEqualTo("宝武-板坯表面缺陷识别");
        assertThat(d.description()).isEqualTo("背景：在板坯生产过程中,表面缺陷是影响板坯质量的重要因素。");
        Demand cut = accepted(mapper.map(demand("context", "\"背景：在CSP生产工艺中，采用隧道辊底式均热炉")));
        assertThat(cut.description()).isEqualTo("背景：在CSP生产工艺中，采用隧道辊底式均热炉");
    }

    @Test
    void anEmptyContextIsReplacedByTheName() {
        RowOutcome<Demand> outcome = mapper.map(demand("context", ""));
        assertThat(accepted(outcome).description()).isEqualTo("LED手电筒红外开关改进");
        assertThat(outcome.notes()).extracting(RowProblem::reason).contains("需求描述为空，以需求名称代替");
    }

    @Test
    void anAllEmptyRowIsRejectedAsAnEmptyRecord() {
        RowOutcome<Demand> outcome = mapper.map(demand("id", "D00832", "name", "", "classification", "",
                "cooperationMethod", "", "time", "至", "context", ""));
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Rejected.class, r -> {
            assertThat(r.externalId()).isEqualTo("D00832");
            assertThat(r.problems()).singleElement()
                    .satisfies(p -> assertThat(((RowProblem) p).reason()).startsWith("空记录"));
        });
    }

    @Test
    void aContextWithoutANameIsRejectedForTheMissingName() {
        RowOutcome<Demand> outcome = mapper.map(demand("name", ""));
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Rejected.class, r -> assertThat(r.problems())
                .extracting(p -> ((RowProblem) p).field()).containsExactly("name"));
    }

    @Test
    void aValidityBeyondOurLimitIsReportedByTheLibraryValidation() {
        RowOutcome<Demand> outcome = mapper.map(demand("time", "2020-01-1310:49:39.0至2999-01-1310:49:41.0"));
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Rejected.class, r -> assertThat(r.problems())
                .singleElement().satisfies(p -> {
                    assertThat(((RowProblem) p).field()).isEqualTo("time");
                    assertThat(((RowProblem) p).reason()).contains("2100");
                }));
    }

    private static Demand accepted(RowOutcome<Demand> outcome) {
        assertThat(outcome).as("%s", outcome).isInstanceOf(RowOutcome.Accepted.class);
        return outcome.record().orElseThrow();
    }
}
