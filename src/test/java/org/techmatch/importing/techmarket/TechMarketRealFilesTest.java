package org.techmatch.importing.techmarket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.catalog.RecordKind;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandKind;
import org.techmatch.importing.ImportResult;
import org.techmatch.importing.RowProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The importer over the real export in {@code ../shared/data/techmarket} (see its README): every row is
 * accounted for, every accepted record passes our validation and points back at its row. Skipped where the
 * shared data is absent.
 */
class TechMarketRealFilesTest {
    private static final Path DATA = Path.of("../shared/data/techmarket");
    private static final Path ACHIEVEMENTS = DATA.resolve("achievements.jsonl");
    private static final Path DEMANDS = DATA.resolve("demands.jsonl");
    private static final Instant FIRST_POST = Instant.parse("2019-12-16T16:00:00Z");
    private static final Instant LAST_POST = Instant.parse("2020-03-19T16:00:00Z");

    private static ImportResult<Achievement> achievements;
    private static ImportResult<Demand> demands;

    @BeforeAll
    static void importBoth() {
        if (!dataPresent()) {
            return;
        }
        achievements = TechMarketFormat.importAchievements(ACHIEVEMENTS);
        demands = TechMarketFormat.importDemands(DEMANDS);
        System.out.println(achievements.report().summary());
        System.out.println(demands.report().summary());
    }

    /** Per test rather than per class, so that every test shows up as skipped with the reason. */
    @BeforeEach
    void requireTheSharedData() {
        Assumptions.assumeTrue(dataPresent(), "skipped: the real tech-market export is not at "
                + DATA.toAbsolutePath().normalize() + " (it lives in the shared checkout next to the repository)");
    }

    private static boolean dataPresent() {
        return Files.isRegularFile(ACHIEVEMENTS) && Files.isRegularFile(DEMANDS);
    }

    @Test
    void bothFilesAreDetectedAsTheMarketsFormat() {
        assertThat(TechMarketFormat.detect(ACHIEVEMENTS)).hasValue(AchievementKind.TYPE);
        assertThat(TechMarketFormat.detect(DEMANDS)).hasValue(DemandKind.TYPE);
    }

    @Test
    void everyAchievementRowIsAccountedForAndAccepted() throws IOException {
        var report = achievements.report();
        assertThat(report.read()).isEqualTo(2_812).isEqualTo(ids(ACHIEVEMENTS).size());
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.read());
        assertThat(report.rejected()).as(report.summary()).isZero();
        assertThat(achievements.records()).hasSize(2_812);
    }

    @Test
    void everyDemandRowIsAccountedForAndOnlyTheEmptyOneIsRejected() throws IOException {
        var report = demands.report();
        assertThat(report.read()).isEqualTo(1_669).isEqualTo(ids(DEMANDS).size());
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.read());
        assertThat(report.accepted()).isEqualTo(1_668);
        assertThat(report.rejections()).singleElement().satisfies(p -> {
            assertThat(p.externalId()).isEqualTo("D00832");
            assertThat(p.reason()).startsWith("空记录");
        });
    }

    @Test
    void eachRecordPointsBackAtItsRowInSourceOrder() throws IOException {
        assertThat(achievements.records()).extracting(a -> a.origin().externalId())
                .containsExactlyElementsOf(ids(ACHIEVEMENTS));
        List<String> demandIds = ids(DEMANDS).stream().filter(id -> !id.equals("D00832")).toList();
        assertThat(demands.records()).extracting(d -> d.origin().externalId()).containsExactlyElementsOf(demandIds);
        assertThat(Stream.concat(achievements.records().stream().map(Achievement::origin),
                demands.records().stream().map(Demand::origin))).allSatisfy(o -> assertThat(o.source())
                .isEqualTo(TechMarketFormat.SOURCE));
    }

    @Test
    void everyAcceptedRecordPassesTheLibraryValidation() {
        assertThat(achievements.records()).allSatisfy(a -> assertThat(problems(new AchievementKind(), a)).isEmpty());
        assertThat(demands.records()).allSatisfy(d -> assertThat(problems(new DemandKind(), d)).isEmpty());
    }

    @Test
    void everyRecordAndItsOriginSurviveTheStoredJson() {
        RecordCodec codec = new RecordCodec();
        assertThat(achievements.records()).allSatisfy(a ->
                assertThat(codec.decode(codec.encode(a), Achievement.class)).isEqualTo(a));
        assertThat(demands.records()).allSatisfy(d ->
                assertThat(codec.decode(codec.encode(d), Demand.class).origin()).isEqualTo(d.origin()));
    }

    @Test
    void requiredAndDatedFieldsAreSetOnEveryRecord() {
        assertThat(achievements.records()).allSatisfy(a -> {
            assertThat(a.techField()).isNotNull();
            assertThat(a.maturity()).isNotNull();
            assertThat(a.industry()).isNotNull();
            assertThat(a.createdAt()).isBetween(FIRST_POST, LAST_POST.plusSeconds(86_400));
        });
        assertThat(demands.records()).allSatisfy(d -> {
            assertThat(d.createdAt()).isBetween(FIRST_POST, LAST_POST);
            assertThat(d.validUntil()).isNotNull();
            assertThat(d.origin().unmapped()).containsKey("time");
        });
    }

    @Test
    void theKnownQuirksComeOutClean() {
        assertThat(achievement("A01141").title()).isEqualTo("一种高强Al-Zn-Mg-Cu-Ce-Y-Er-La-Sc变形铝合金及其制备方法");
        assertThat(achievement("A00814").description()).contains("8000g·m²/24h");
        assertThat(achievement("A00679").description()).contains("ΔTₓ");
        assertThat(achievement("A00001").description()).startsWith("现代很多工作");
        assertThat(achievement("A02594").origin().unmapped()).containsEntry("jstgfs", "技术终止转让");
        assertThat(demand("D00810").title()).isEqualTo("宝武-板坯表面缺陷识别");
        assertThat(demand("D00048").description()).startsWith("现状：");
        assertThat(demands.records()).noneMatch(d -> d.title().startsWith("\"") || d.description().startsWith("\""));
        assertThat(Stream.concat(achievements.records().stream().map(Achievement::description),
                demands.records().stream().map(Demand::description)))
                .noneMatch(text -> text.matches("(?s).*[\\u00a0\\u3000\\u200b\\u200c\\u0002].*"));
    }

    @Test
    void guessedIndustriesAndFieldsAreReportedAndKeepTheirRawValues() {
        List<RowProblem> c39 = achievements.report().notes().stream()
                .filter(n -> n.field().equals("classification") && n.reason().contains("计算机、通信和其他电子设备制造业"))
                .toList();
        assertThat(c39).hasSize(77);
        assertThat(achievement(c39.getFirst().externalId()).industry().code()).isEqualTo("C39");
        assertThat(achievement(c39.getFirst().externalId()).origin().unmapped()).containsKey("classification");
        assertThat(demand("D00023").origin().unmapped()).containsKey("classification");
        long agriculture = achievements.records().stream()
                .filter(a -> a.origin().unmapped().getOrDefault("industry", "").startsWith("现代农业")).count();
        assertThat(agriculture).isEqualTo(691);
    }

    private static Achievement achievement(String id) {
        return achievements.records().stream().filter(a -> a.origin().externalId().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Demand demand(String id) {
        return demands.records().stream().filter(d -> d.origin().externalId().equals(id)).findFirst().orElseThrow();
    }

    private static <T extends org.techmatch.catalog.CatalogRecord> List<?> problems(RecordKind<T> kind, T record) {
        Problems problems = new Problems();
        kind.validate(record, problems);
        return problems.list();
    }

    /** The row ids, read independently of the importer. */
    private static List<String> ids(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).map(l -> json.readTree(l).get("id").asString()).toList();
        }
    }
}
