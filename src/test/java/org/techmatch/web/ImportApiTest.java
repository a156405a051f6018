package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The import API end to end: upload → job with progress → report download; suspected duplicates listed and merged
 * by a manager (withdrawing its own re-post); cancelling; files that can never be imported refused at once with a Chinese reason.
 */
class ImportApiTest extends ApiTestBase {
    private static final String HEADER = "成果名称,成果简介,持有单位,单位类型,技术领域,成熟度,来源,来源编号\n";

    FileClient files;

    @BeforeEach
    void files() {
        files = new FileClient(port);
    }

    @Test
    void anUploadRunsAsAJobWithProgressAndADownloadableReport() {
        String run = Long.toString(System.nanoTime(), 36);
        String csv = HEADER
                + "石墨烯改性防腐涂料" + run + ",石墨烯片层阻隔腐蚀介质，耐盐雾 3000 小时。" + run + ",天津大学,高校,新材料,中试,天大,G-" + run + "\n"
                + ",没有名称的行,天津大学,高校,新材料,中试,,\n";
        FileClient.Download submitted = files.upload("/api/imports", Map.of("library", "achievements"), "成果.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        String id = submitted.json().path("id").asString();
        assertThat(submitted.headers().get("location").getFirst()).isEqualTo("/api/imports/" + id);

        JsonNode status = files.awaitImport(id, Duration.ofSeconds(60));
        assertThat(status.path("status").asString()).isEqualTo("已完成");
        assertThat(status.path("format").asString()).isEqualTo("CSV");
        assertThat(status.path("read").asInt()).isEqualTo(2);
        assertThat(status.path("accepted").asInt()).isEqualTo(1);
        assertThat(status.path("rejected").asInt()).isEqualTo(1);
        assertThat(status.path("problems").toString()).contains("成果名称", "必填");

        FileClient.Download report = files.get(status.path("report").asString());
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).startsWith('P', 'K');
        assertThat(files.get("/api/imports").json().toString()).contains(id);

        // The same file again: the accepted row is found by its source id and left alone.
        FileClient.Download again = files.upload("/api/imports", Map.of("library", "achievements"), "成果.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        JsonNode second = files.awaitImport(again.json().path("id").asString(), Duration.ofSeconds(60));
        assertThat(second.path("unchanged").asInt()).isEqualTo(1);
        assertThat(second.path("created").asInt()).isZero();
        assertThat(api.get("/api/achievements", Map.of("q", "石墨烯改性防腐涂料" + run)).json().path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void aBrokersEditedRepostIsFlaggedAndAManagerMergesIt() {
        String run = Long.toString(System.nanoTime(), 36);
        String text = "本技术采用低温等离子体协同催化剂降解工业废气中的挥发性有机物，在常温常压下运行，对甲苯、二甲苯的去除率达到 95% 以上，"
                + "能耗比传统催化燃烧降低 40%，已在天津某喷涂车间完成中试，连续运行 2000 小时性能稳定。编号" + run;
        String csv = HEADER
                + "低温等离子体协同催化VOCs治理技术" + run + "," + text + ",南开大学,高校,资源与环境,通过中试,南开,N-" + run + "\n"
                + "【转让】低温等离子体协同催化VOCs治理技术" + run + "," + text.replace("已在", "目前已在") + "欢迎洽谈。"
                + ",天津市技术转移中心,企业,资源与环境,通过中试,经纪,B-" + run + "\n"
                // the same source id again: a repeat of row 2, rejected, not a suspected duplicate
                + "低温等离子体协同催化VOCs治理技术" + run + "," + text + ",南开大学,高校,资源与环境,通过中试,南开,N-" + run + "\n";
        FileClient.Download submitted = files.upload("/api/imports", Map.of("library", "achievements"), "vocs.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        String id = submitted.json().path("id").asString();
        JsonNode status = files.awaitImport(id, Duration.ofSeconds(60));
        assertThat(status.path("created").asInt()).isEqualTo(2);
        assertThat(status.path("rejected").asInt()).isEqualTo(1);
        JsonNode pairs = files.get("/api/duplicates?importId=" + id).json();
        assertThat(status.path("duplicates").asInt()).as("疑似重复 counts the pairs listed").isEqualTo(1)
                .isEqualTo(pairs.path("total").asInt());
        JsonNode pair = pairs.path("items").get(0).path("record");
        assertThat(pair.path("status").asString()).isEqualTo("待处理");
        assertThat(pair.path("similarity").asDouble()).isBetween(0.7, 1.0);
        String keep = pair.path("otherId").asString();
        String retire = pair.path("recordId").asString();

        FileClient.Download merged = files.post("/api/duplicates/" + pair.path("id").asString() + "/merge",
                "{\"keep\": \"" + keep + "\"}");
        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.json().path("status").asString()).isEqualTo("已合并");
        assertThat(merged.json().path("keptId").asString()).isEqualTo(keep);
        assertThat(api.get("/api/achievements/" + retire, Map.of()).status()).as("withdrawn: gone for visitors")
                .isEqualTo(404);
        assertThat(api.get("/api/achievements/" + retire, Map.of(), ApiClient.CITY_OFFICIAL).json().path("status")
                .asString()).isEqualTo("已撤回");
        assertThat(api.get("/api/achievements/" + keep, Map.of()).json().path("status").asString()).isEqualTo("已发布");
        assertThat(files.post("/api/duplicates/" + pair.path("id").asString() + "/keep", "{}").status())
                .as("a decided pair cannot be decided again").isEqualTo(400);
    }

    @Test
    void aCancelledJobStopsAndStillAddsUp() {
        StringBuilder csv = new StringBuilder(HEADER);
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 3000; i++) {
            csv.append("取消测试成果").append(run).append('-').append(i).append(",第 ").append(i)
                    .append(" 项取消测试成果的简介。,天津大学,高校,新材料,中试,,\n");
        }
        FileClient.Download submitted = files.upload("/api/imports", Map.of("library", "achievements"), "big.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        String id = submitted.json().path("id").asString();
        assertThat(files.post("/api/imports/" + id + "/cancel", "{}").status()).isEqualTo(200);
        JsonNode status = files.awaitImport(id, Duration.ofSeconds(120));
        assertThat(status.path("status").asString()).isEqualTo("已取消");
        assertThat(status.path("read").asInt()).isLessThan(3000);
        assertThat(status.path("accepted").asInt() + status.path("rejected").asInt())
                .isEqualTo(status.path("read").asInt());
    }

    @Test
    void filesThatCanNeverBeImportedAreRefusedAtOnce() {
        FileClient.Download xls = files.upload("/api/imports", Map.of("library", "achievements"), "old.xls",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThat(xls.status()).isEqualTo(400);
        assertThat(xls.json().path("detail").asString()).contains("另存为 .xlsx");

        FileClient.Download unknownLibrary = files.upload("/api/imports", Map.of("library", "patents"), "a.csv",
                HEADER.getBytes(StandardCharsets.UTF_8));
        assertThat(unknownLibrary.status()).isEqualTo(400);
        assertThat(unknownLibrary.json().path("errors").get(0).path("field").asString()).isEqualTo("library");

        FileClient.Download noFile = files.upload("/api/imports", Map.of("library", "achievements"), null, null);
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(files.get("/api/imports/IMP-nope").status()).isEqualTo(404);
    }
}
