package org.techmatch.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.importing.job.ImportService;
import org.techmatch.importing.job.ImportStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures bulk import: N synthetic achievements from JSON Lines and from XLSX into a fresh index with vectors
 * off, after a warm-up import; then the same JSON Lines again (every row found unchanged: the idempotent re-run);
 * and, as the baseline, storing generated records straight through the library (no file, no keys, no duplicate
 * search). Prints rows/s and the peak heap in use, sampled every 50 ms.
 */
final class ImportBenchmarkCommand implements Command {
    @Override
    public String name() {
        return "bench-import";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("records", "formats", "baseline", "index", "json");
    }

    @Override
    public String usage() {
        return """
                bench-import [--records 100000] [--formats jsonl,xlsx] [--baseline 10000] [--index DIR] [--json OUT]
                  Generates --records achievements (from the fixtures) as JSON Lines and XLSX, imports each into a
                  fresh temporary index with vectors off after a 2,000-row warm-up, re-imports the JSON Lines (all
                  unchanged), and stores --baseline records straight through the library for comparison. Prints
                  time, rows/s and the peak heap used. Run with -Xmx512m to see that memory stays bounded.""";
    }

    @Override
    public Map<String, Object> properties(Options options) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("techmatch.semantic.enabled", false);
        if (!options.has("index")) {
            try {
                properties.put("techmatch.index.path", Files.createTempDirectory("techmatch-bench-import-").toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return properties;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        int records = options.getInt("records", 100_000);
        int baseline = options.getInt("baseline", 10_000);
        List<String> formats = List.of(options.get("formats", "jsonl,xlsx").split(","));
        ImportService imports = context.getBean(ImportService.class);
        LibraryService<Achievement> achievements = context.getBean("achievementLibrary", LibraryService.class);
        SyntheticAchievements synthetic = new SyntheticAchievements(context.getBean(JsonMapper.class));
        Path dir = Files.createTempDirectory("techmatch-bench-files-");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("records", records);
        figures.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        figures.put("cores", Runtime.getRuntime().availableProcessors());

        Path warmUp = dir.resolve("warm-up.jsonl");
        synthetic.writeJsonLines(synthetic.generate(2_000, 1), warmUp);
        imports.run("achievements", warmUp);

        List<String> lines = new ArrayList<>();
        Path jsonl = null;
        long seed = 2;
        for (String format : formats) {
            Path file = dir.resolve("achievements-" + records + "." + format.strip());
            List<Achievement> made = synthetic.generate(records, seed++);
            if (format.strip().equals("xlsx")) {
                synthetic.writeXlsx(made, file);
            } else {
                synthetic.writeJsonLines(made, file);
                jsonl = file;
            }
            made = null;
            lines.add(measure("import " + format.strip(), file, imports, figures));
        }
        if (jsonl != null) {
            lines.add(measure("re-import jsonl (unchanged)", jsonl, imports, figures));
        }
        if (baseline > 0) {
            List<Achievement> made = synthetic.generate(baseline, 99);
            long started = System.nanoTime();
            for (int from = 0; from < made.size(); from += 1000) {
                achievements.createAll(made.subList(from, Math.min(made.size(), from + 1000)));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            figures.put("baselineRowsPerSecond", baseline / seconds);
            lines.add(String.format("%-32s %8d rows %8.1f s %8.0f rows/s %10s", "baseline createAll (no file)",
                    baseline, seconds, baseline / seconds, "-"));
        }
        System.out.printf("%-32s %13s %10s %15s %10s%n", "run", "rows", "time", "throughput", "peak heap");
        lines.forEach(System.out::println);
        System.out.printf("max heap %d MiB, %d cores, files in %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), dir);
        if (options.has("json")) {
            Files.writeString(Path.of(options.get("json", "bench-import.json")),
                    context.getBean(JsonMapper.class).writeValueAsString(figures));
        }
        return 0;
    }

    private static String measure(String name, Path file, ImportService imports, Map<String, Object> figures) {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        ImportStatus status = imports.run("achievements", file).snapshot();
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.interrupt();
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("seconds", seconds);
        figure.put("rowsPerSecond", status.read() / seconds);
        figure.put("peakHeapMiB", peak.get() >> 20);
        figure.put("status", status);
        figures.put(name, figure);
        return String.format("%-32s %8d rows %8.1f s %8.0f rows/s %6d MiB  (new %d, unchanged %d, rejected %d, "
                        + "duplicates %d, %s)", name, status.read(), seconds, status.read() / seconds,
                peak.get() >> 20, status.created(), status.unchanged(), status.rejected(), status.duplicates(),
                status.status());
    }
}
