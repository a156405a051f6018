package org.techmatch.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.importing.RowOutcome;
import org.techmatch.importing.RowProblem;
import org.techmatch.importing.csv.CsvTableSource;
import org.techmatch.importing.xlsx.RawXlsx;
import org.techmatch.importing.xlsx.XlsxTableSource;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import tools.jackson.databind.json.JsonMapper;

/** The file readers: CSV in every encoding Chinese offices save, XLSX cells as a person reads them, zip bombs refused. */
class ImportReadersTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "成果名称,成果简介,持有单位,单位类型,技术领域,成熟度,联系电话\r\n";
    private static final String ROWS = "盐碱地耐盐水稻新品种选育,\"耐盐 6‰，亩产 500 公斤，\"\"津原\"\"系列\n第二段\",天津农学院,高校,资源与环境,中试,022-23781234\r\n"
            + "工业机器人焊缝跟踪系统,激光视觉焊缝跟踪，精度 0.1 mm。,河北工业大学,高校,先进制造,可以量产,\r\n";

    @TempDir
    Path dir;

    @Test
    void gbkCsvIsDetectedAndRead() throws IOException {
        Path file = Files.write(dir.resolve("gbk.csv"), (HEADER + ROWS).getBytes(Charset.forName("GBK")));
        List<RowProblem> notices = new ArrayList<>();
        List<Achievement> records = accepted(csv(file, notices));
        assertTwoRecords(records);
        assertThat(notices).anySatisfy(n -> assertThat(n.reason()).contains("GBK/GB18030"));
    }

    @Test
    void utf8WithBomIsRead() throws IOException {
        byte[] text = (HEADER + ROWS).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        List<RowProblem> notices = new ArrayList<>();
        List<Achievement> records = accepted(csv(Files.write(dir.resolve("bom.csv"), withBom), notices));
        assertTwoRecords(records);
        assertThat(notices).anySatisfy(n -> assertThat(n.reason()).contains("UTF-8（带 BOM）"));
    }

    @Test
    void plainUtf8AndTabSeparatedAreRead() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.csv"), HEADER + ROWS);
        assertTwoRecords(accepted(csv(plain, new ArrayList<>())));
        String tabs = (HEADER + ROWS).replace(",", "\t");
        Path tsv = Files.writeString(dir.resolve("tabs.tsv"), tabs);
        assertThat(accepted(csv(tsv, new ArrayList<>()))).extracting(Achievement::title)
                .containsExactly("盐碱地耐盐水稻新品种选育", "工业机器人焊缝跟踪系统");
    }

    @Test
    void xlsxNumbersAreReadAsWrittenNotAsDoubles() {
        Path file = new RawXlsx()
                .row(1, "成果名称", "成果简介", "持有单位", "单位类型", "技术领域", "成熟度", "联系电话", "价格（万元）")
                .row(2, "工业机器人焊缝跟踪系统", "激光视觉焊缝跟踪，精度 0.1 mm。", "河北工业大学", "高校", "先进制造", "可以量产",
                        13800000000L, 80.0)
                .write(dir.resolve("numbers.xlsx"));
        List<Achievement> records = accepted(new TableRows<>(new AchievementKind(), JSON)
                .outcomes(XlsxTableSource.open(file), n -> { }));
        assertThat(records).singleElement().satisfies(a -> {
            assertThat(a.contact().phone()).isEqualTo("13800000000");
            assertThat(a.askingPrice().minWan()).isEqualTo(80.0);
            assertThat(a.askingPrice().maxWan()).isEqualTo(80.0);
        });
    }

    @Test
    void aZipBombIsRefusedWithAClearError() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            Path normal = new RawXlsx().row(1, "成果名称", "成果简介").write(dir.resolve("normal.xlsx"));
            try (var source = new java.util.zip.ZipFile(normal.toFile())) {
                for (var entry : java.util.Collections.list(source.entries())) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().endsWith("sheet1.xml")) {
                        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
                                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
                        byte[] row = "<row><c t=\"inlineStr\"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>"
                                .getBytes(StandardCharsets.UTF_8);
                        for (int i = 0; i < 400_000; i++) {
                            zip.write(row);
                        }
                        zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(source.getInputStream(entry).readAllBytes());
                    }
                    zip.closeEntry();
                }
            }
        }
        assertThat(Files.size(bomb)).as("a small file").isLessThan(200_000);
        assertThatThrownBy(() -> {
            try (XlsxTableSource source = XlsxTableSource.open(bomb)) {
                while (source.hasNext()) {
                    source.next();
                }
            }
        }).isInstanceOf(TableFormatException.class).hasMessageContaining("疑似压缩炸弹");
    }

    @Test
    void notAnXlsxIsRefusedWithAClearError() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "PK\u0003\u0004 not really a zip");
        assertThatThrownBy(() -> XlsxTableSource.open(fake)).isInstanceOf(TableFormatException.class)
                .hasMessageContaining("不是有效的 XLSX").hasMessageContaining("无法作为 XLSX（zip 压缩包）打开");
    }

    private static void assertTwoRecords(List<Achievement> records) {
        assertThat(records).hasSize(2);
        Achievement rice = records.getFirst();
        assertThat(rice.title()).isEqualTo("盐碱地耐盐水稻新品种选育");
        assertThat(rice.description()).isEqualTo("耐盐 6‰，亩产 500 公斤，\"津原\"系列\n第二段");
        assertThat(rice.owner().kind()).isEqualTo(OrgKind.UNIVERSITY);
        assertThat(rice.maturity()).isEqualTo(Maturity.PILOT_TESTED);
        assertThat(rice.contact().phone()).isEqualTo("022-23781234");
        assertThat(records.get(1).owner().name()).isEqualTo("河北工业大学");
    }

    private static Stream<RowOutcome<Achievement>> csv(Path file, List<RowProblem> notices) {
        return new TableRows<>(new AchievementKind(), JSON).outcomes(CsvTableSource.open(file), notices::add);
    }

    private static List<Achievement> accepted(Stream<RowOutcome<Achievement>> outcomes) {
        try (outcomes) {
            List<RowOutcome<Achievement>> all = outcomes.toList();
            assertThat(all).allSatisfy(o -> assertThat(o.isAccepted()).as(String.valueOf(o)).isTrue());
            return all.stream().map(o -> o.record().orElseThrow()).toList();
        }
    }
}
