package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.importing.xlsx.RawXlsx;
import tools.jackson.databind.JsonNode;

/**
 * An XLSX that is broken inside — a sheet whose XML stops making sense after a few rows, a zip cut off halfway —
 * fails its import job with a Chinese reason that says where, never the parser's message with its Java class names
 * (it used to read {@code …：org.xml.sax.SAXParseException; lineNumber: 1; …}).
 */
class ImportBrokenFileTest extends ApiTestBase {
    private static final String LEAK = "(?s).*(org\\.|java\\.|javax\\.|Exception|SAX|lineNumber).*";

    @TempDir
    Path dir;
    FileClient files;

    @BeforeEach
    void files() {
        files = new FileClient(port);
    }

    private byte[] validXlsx() throws IOException {
        return Files.readAllBytes(new RawXlsx()
                .row(1, "成果名称", "成果简介", "持有单位", "单位类型", "技术领域", "成熟度")
                .row(2, "损坏文件测试成果", "第二行是完好的。", "天津大学", "高校", "新材料", "中试")
                .write(dir.resolve("valid.xlsx")));
    }

    /** The same package with its sheet's XML replaced. */
    private static byte[] withSheet(byte[] xlsx, String sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = entry.getName().equals("xl/worksheets/sheet1.xml")
                        ? sheet.getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private JsonNode importFails(String name, byte[] content) {
        FileClient.Download submitted = files.upload("/api/imports", Map.of("library", "achievements"), name, content);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        JsonNode status = files.awaitImport(submitted.json().path("id").asString(), Duration.ofSeconds(60));
        assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("失败");
        assertThat(status.toString()).as("no class name in the job's status").doesNotMatch(LEAK);
        return status;
    }

    @Test
    void aSheetWhoseXmlBreaksAfterTheHeaderSaysWhichRowAndNoClassName() throws IOException {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>成果名称</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>成果简介</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>断开的<b></t></is></c></row>"
                + "</sheetData></worksheet>";
        JsonNode status = importFails("broken.xlsx", withSheet(validXlsx(), sheet));
        assertThat(status.path("error").asString()).startsWith("文件不是有效的 XLSX：").contains("第 2 行")
                .contains("无法解析").contains("另存为 .xlsx");
    }

    @Test
    void aZipCutOffHalfwaySaysItCannotBeOpenedAndNoClassName() throws IOException {
        byte[] valid = validXlsx();
        JsonNode status = importFails("cut.xlsx", Arrays.copyOf(valid, valid.length / 2));
        assertThat(status.path("error").asString()).startsWith("文件不是有效的 XLSX：").contains("另存为 .xlsx");
    }
}
