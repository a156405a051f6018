package org.techmatch.importing.techmarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.achievement.Achievement;
import org.techmatch.demand.Demand;
import org.techmatch.importing.ImportReport;
import org.techmatch.importing.ImportResult;
import org.techmatch.importing.RowOutcome;

class TechMarketFormatTest {
    private static final String ACHIEVEMENT = """
            {"id": "A00001", "name": "久坐卫士", "postTime": "2020-03-20", "classification": "制造业——计算机、通信和其他电子设备制造", "zlxx": "非专利技术", "maturity": "已有样品", "cooperationMethod": "其他", "jstgfs": "正在技术推广", "price": "面议", "industry": "电子信息-计算机软件", "scope": "", "context": "\\u00a0\\u00a0利用光来“听”使用者的呼吸率和心率。", "earlyApplication": "", "funding": ""}""";
    private static final String DEMAND = """
            {"id": "D00001", "name": "LED手电筒红外开关改进", "postTime": "2020-01-13", "classification": "制造业", "cooperationMethod": "技术转让,技术许可,委托开发", "time": "2020-01-1310:49:39.0至2021-01-1310:49:41.0", "context": "需要设计一款红外控制的LED手电筒。"}""";
    private static final String EMPTY_DEMAND = """
            {"id": "D00832", "name": "", "postTime": "2019-12-28", "classification": "", "cooperationMethod": "", "time": "至", "context": ""}""";

    @TempDir
    Path dir;

    @Test
    void detectsTheMarketsFilesAndWhichLibraryTheyHold() throws Exception {
        assertThat(TechMarketFormat.detect(file("a.jsonl", "\n" + ACHIEVEMENT + "\n"))).hasValue("achievement");
        assertThat(TechMarketFormat.detect(file("d.jsonl", "\uFEFF" + DEMAND + "\n"))).hasValue("demand");
        assertThat(TechMarketFormat.isTechMarket(file("d2.jsonl", DEMAND))).isTrue();
    }

    @Test
    void ourOwnFormatAndOtherFilesAreNotTheMarkets() throws Exception {
        assertThat(TechMarketFormat.isTechMarket(file("ours.jsonl",
                "{\"title\": \"标题\", \"name\": \"x\", \"context\": \"y\", \"maturity\": \"已有样品\"}"))).isFalse();
        assertThat(TechMarketFormat.isTechMarket(file("other.jsonl", "{\"foo\": 1}"))).isFalse();
        assertThat(TechMarketFormat.isTechMarket(file("broken.jsonl", "not json"))).isFalse();
        assertThat(TechMarketFormat.isTechMarket(file("empty.jsonl", ""))).isFalse();
    }

    @Test
    void everyNonBlankLineIsOneRowNumberedByItsLine() throws Exception {
        Path file = file("demands.jsonl", DEMAND + "\n\n" + EMPTY_DEMAND + "\n{broken\n" + DEMAND.replace("D00001",
                "D00002") + "\n");
        try (Stream<RowOutcome<Demand>> rows = TechMarketFormat.readDemands(file)) {
            assertThat(rows.toList()).extracting(RowOutcome::rowNumber, RowOutcome::externalId, RowOutcome::isAccepted)
                    .containsExactly(tuple(1, "D00001", true), tuple(3, "D00832", false), tuple(4, null, false),
                            tuple(5, "D00002", true));
        }
    }

    @Test
    void theReportAccountsForEveryRowAndNamesTheRejectedOnes() throws Exception {
        ImportResult<Demand> result = TechMarketFormat.importDemands(
                file("demands.jsonl", DEMAND + "\n" + EMPTY_DEMAND + "\n"));
        ImportReport report = result.report();
        assertThat(result.records()).extracting(d -> d.origin().externalId()).containsExactly("D00001");
        assertThat(report.read()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.rejections()).singleElement().satisfies(p -> {
            assertThat(p.externalId()).isEqualTo("D00832");
            assertThat(p.rowNumber()).isEqualTo(2);
        });
        assertThat(report.summary()).startsWith("demands.jsonl：读取 2 行，导入 1 行，拒绝 1 行")
                .contains("第 2 行（D00832）").contains("空记录").contains("占位机构");
    }

    @Test
    void bytesThatAreNotUtf8AreReplacedAndNotedInsteadOfFailingTheImport() throws Exception {
        Path file = dir.resolve("latin1.jsonl");
        byte[] good = (ACHIEVEMENT + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = ACHIEVEMENT.replace("A00001", "A00002").replace("久坐卫士", "久坐\u00ff卫士")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat(good, bad));
        ImportResult<Achievement> result = TechMarketFormat.importAchievements(file);
        assertThat(result.report().read()).isEqualTo(2);
        assertThat(result.report().notes()).anySatisfy(n -> {
            assertThat(n.externalId()).isEqualTo("A00002");
            assertThat(n.reason()).contains("U+FFFD");
        });
    }

    @Test
    void closingTheStreamClosesTheReader() {
        AtomicBoolean closed = new AtomicBoolean();
        BufferedReader reader = new BufferedReader(new StringReader(ACHIEVEMENT)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        try (Stream<RowOutcome<Achievement>> rows = TechMarketFormat.readAchievements(reader)) {
            List<RowOutcome<Achievement>> all = rows.toList();
            assertThat(all).singleElement().satisfies(o -> assertThat(o.record().orElseThrow().description())
                    .isEqualTo("利用光来“听”使用者的呼吸率和心率。"));
        }
        assertThat(closed).isTrue();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
