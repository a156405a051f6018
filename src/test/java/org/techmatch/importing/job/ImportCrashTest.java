package org.techmatch.importing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.TechMatchApplication;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.demand.Demand;
import org.techmatch.duplicates.DuplicatePair;
import org.techmatch.duplicates.DuplicateService;
import org.techmatch.store.DocumentStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import survives kill -9: a separate JVM imports a file of demands (with near-copies of earlier rows, so that
 * every batch raises duplicate flags, some against rows of the same batch, some against earlier batches) and is
 * killed mid-import. Started again on the same index, the job is 已中断 with exactly the rows stored so far, its
 * report covers them, the partial upload left behind is gone, and resuming it completes the file: every row stored
 * once, and as many duplicate flags as a clean import of the same file raises.
 */
class ImportCrashTest {
    private static final int ROWS = 3_000;
    private static final int BATCH = 150;
    private static final String CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
            + "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由"
            + "其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无"
            + "系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别"
            + "她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术";

    @Test
    void anImportKilledMidwayIsInterruptedReportedAndResumedWithoutStoringARowTwice(@TempDir Path work)
            throws Exception {
        Path file = work.resolve("demands.jsonl");
        Files.writeString(file, rows(ROWS));

        Path clean = work.resolve("clean").resolve("index");
        int[] cleanRun = runChild(clean, file, Integer.MAX_VALUE);
        assertThat(cleanRun[0]).as("rows stored by a clean import").isEqualTo(ROWS);
        int cleanFlags = cleanRun[1];
        assertThat(cleanFlags).as("flags of a clean import").isGreaterThan(ROWS / 10);

        Path index = work.resolve("crash").resolve("index");
        runChild(index, file, 4 * BATCH); // killed once at least four batches are stored
        Path imports = index.toAbsolutePath().normalize().resolveSibling("imports");
        Files.writeString(imports.resolve("upload-1234567890.part"), "a partial upload of a stop during an upload");

        try (ConfigurableApplicationContext restarted = start(index)) {
            ImportService service = restarted.getBean(ImportService.class);
            @SuppressWarnings("unchecked")
            LibraryService<Demand> demands = restarted.getBean("demandLibrary", LibraryService.class);
            DocumentStore store = restarted.getBean(DocumentStore.class);
            assertThat(Files.exists(imports.resolve("upload-1234567890.part"))).as("partial upload cleaned").isFalse();

            List<ImportStatus> listed = service.list(ImportCrashChild.MANAGER);
            assertThat(listed).hasSize(1);
            ImportStatus interrupted = listed.getFirst();
            assertThat(interrupted.status()).isEqualTo(ImportJob.INTERRUPTED);
            assertThat(interrupted.resumable()).isTrue();
            int stored = store.count("demand");
            assertThat(interrupted.created()).as("the job counts exactly the rows stored")
                    .isEqualTo(stored).isGreaterThanOrEqualTo(4 * BATCH).isLessThan(ROWS);
            assertThat(interrupted.read()).isEqualTo(interrupted.created()); // every row of the file is valid
            assertThat(flagsOf(restarted, interrupted.id())).as("flags stored for the stored rows")
                    .isEqualTo(interrupted.duplicates()).isPositive();
            assertThat(service.status(interrupted.id(), ImportCrashChild.MANAGER)).isEqualTo(interrupted);
            Report report = report(service.report(interrupted.id(), ImportCrashChild.MANAGER));
            assertThat(report.status()).isEqualTo(ImportJob.INTERRUPTED);
            assertThat(report.duplicateLines()).as("the report lists every flag raised").isEqualTo(interrupted.duplicates());
            assertThat(report.maxRow()).as("the report goes no further than the rows stored")
                    .isLessThanOrEqualTo(interrupted.read() + 1);

            System.out.printf("clean import: %d rows, %d flags; killed: %d rows stored, %d flags; ", ROWS, cleanFlags,
                    interrupted.created(), interrupted.duplicates());
            service.resume(interrupted.id(), ImportCrashChild.MANAGER);
            ImportStatus done = await(service, interrupted.id());
            assertThat(done.status()).isEqualTo(ImportJob.DONE);
            assertThat(done.read()).isEqualTo(ROWS);
            assertThat(done.created()).isEqualTo(ROWS);
            assertThat(done.unchanged() + done.rejected()).as("no row read twice").isZero();
            assertThat(store.count("demand")).as("no row stored twice").isEqualTo(ROWS);
            Set<String> titles = new HashSet<>();
            demands.forEach(demand -> titles.add(demand.title()));
            assertThat(titles).hasSize(ROWS);
            System.out.printf("resumed: %d rows, %d flags%n", done.created(), done.duplicates());
            assertThat(done.duplicates()).as("flags as a clean import raises them").isEqualTo(cleanFlags);
            assertThat(flagsOf(restarted, done.id())).isEqualTo(cleanFlags);
            assertThat(report(service.report(done.id(), ImportCrashChild.MANAGER)).duplicateLines())
                    .isEqualTo(cleanFlags);
            assertThat(Files.list(imports).filter(p -> p.toString().endsWith(".upload")).count())
                    .as("the upload is deleted once the job is done").isZero();
            try {
                service.resume(done.id(), ImportCrashChild.MANAGER);
                throw new AssertionError("a finished job was resumed");
            } catch (StateConflictException expected) {
                assertThat(expected.getMessage()).contains("已中断");
            }
        }
    }

    /** The application on an index, as the service runs it but without a web server. */
    static ConfigurableApplicationContext start(Path index) {
        Map<String, Object> properties = Map.of("techmatch.index.path", index.toString(),
                "techmatch.fixtures.load-on-empty", false, "techmatch.semantic.enabled", false,
                "techmatch.semantic.background-job", false, "techmatch.expiry.enabled", false,
                "techmatch.imports.batch-size", BATCH, "logging.level.root", "WARN", "spring.main.banner-mode", "off");
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(TechMatchApplication.class).web(WebApplicationType.NONE).run(args);
    }

    /**
     * Runs {@link ImportCrashChild} on the index; kills it with SIGKILL once killAt rows are stored. Returns the
     * rows stored and the flags raised when it ended by itself.
     */
    private static int[] runChild(Path index, Path file, int killAt) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ImportCrashChild.class.getName(), index.toString(), file.toString()).redirectErrorStream(true).start();
        AtomicReference<int[]> end = new AtomicReference<>();
        int created = 0;
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                tail.add(line);
                if (tail.size() > 40) {
                    tail.removeFirst();
                }
                if (line.startsWith("PROGRESS ")) {
                    created = Integer.parseInt(line.split(" ")[1]);
                    if (created >= killAt) {
                        process.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed on close
                        break;
                    }
                } else if (line.startsWith("END ")) {
                    String[] parts = line.split(" ");
                    end.set(new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])});
                }
            }
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        if (killAt == Integer.MAX_VALUE) {
            assertThat(end.get()).as("the clean import ended: %s", tail).isNotNull();
            return end.get();
        }
        assertThat(created).as("killed mid-import (not after its end): %s", tail).isBetween(killAt, ROWS - 1);
        return new int[] {created, -1};
    }

    private static ImportStatus await(ImportService service, String id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            ImportStatus status = service.status(id, ImportCrashChild.MANAGER);
            if (status.finishedAt() != null && !ImportJob.QUEUED.equals(status.status())
                    && !ImportJob.INTERRUPTED.equals(status.status())) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the resumed import did not finish in two minutes");
    }

    private static long flagsOf(ConfigurableApplicationContext context, String importId) {
        LibraryService<DuplicatePair> pairs = context.getBean(DuplicateService.class).pairs();
        long[] count = {0};
        pairs.forEach(pair -> count[0] += importId.equals(pair.importId()) ? 1 : 0);
        return count[0];
    }

    record Report(String status, int duplicateLines, int maxRow) {
    }

    private static Report report(Path xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet summary = workbook.getSheet("汇总");
            String status = null;
            for (var row : summary) {
                if (row.getCell(0).getStringCellValue().equals("状态")) {
                    status = row.getCell(1).getStringCellValue();
                }
            }
            int duplicates = 0;
            int maxRow = 0;
            for (var row : workbook.getSheet("导入报告")) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                if (ReportLine.DUPLICATE.equals(row.getCell(5).getStringCellValue())) {
                    duplicates++;
                }
                if (row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    maxRow = Math.max(maxRow, (int) row.getCell(0).getNumericCellValue());
                }
            }
            return new Report(status, duplicates, maxRow);
        }
    }

    /**
     * Demands of random text, unlike each other; every seventh row is a near-copy of the row three before it (often
     * of the same batch) and every eleventh of the row 250 before it (an earlier batch), so flags come in every batch.
     */
    static String rows(int count) {
        Random random = new Random(18);
        JsonMapper json = JsonMapper.builder().build();
        List<String> descriptions = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String description;
            if (i % 7 == 6) {
                description = descriptions.get(i - 3) + "并需配套" + CHARS.charAt(random.nextInt(CHARS.length()));
            } else if (i % 11 == 10 && i >= 250) {
                description = descriptions.get(i - 250) + "另需" + CHARS.charAt(random.nextInt(CHARS.length()));
            } else {
                StringBuilder text = new StringBuilder();
                for (int c = 0; c < 120; c++) {
                    text.append(CHARS.charAt(random.nextInt(CHARS.length())));
                }
                description = text.toString();
            }
            descriptions.add(description);
            out.append(json.writeValueAsString(Map.of("title", "崩溃测试需求第" + (i + 1) + "号",
                    "description", description, "enterprise", Map.of("name", "天津崩溃测试有限公司"),
                    "techField", "电子信息", "region", "滨海新区"))).append('\n');
        }
        return out.toString();
    }
}
