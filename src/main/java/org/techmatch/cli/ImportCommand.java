package org.techmatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.importing.job.ImportJob;
import org.techmatch.importing.job.ImportService;
import org.techmatch.importing.job.ImportStatus;
import org.techmatch.importing.table.TableFormatException;
import org.techmatch.vocabulary.UnknownValueException;
import org.techmatch.store.RecordStore;

/**
 * Imports a file into a library of the configured index, through the same job as the API, and prints the counts
 * and where the row-level report was written. Vectors are not computed here: the service's embedding job picks
 * the new records up when it next runs.
 */
final class ImportCommand implements Command {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("library", "file", "index", "report");
    }

    @Override
    public String usage() {
        return """
                import --library achievements|demands|experts --file PATH [--index DIR] [--report OUT.xlsx]
                  Imports an XLSX, CSV (UTF-8 or GBK) or JSON Lines file (ours or the tech-market export) into the
                  library, in batches of one commit each, skipping rows imported before and flagging suspected
                  duplicates. Prints accepted/rejected/duplicates and the path of the row-level report (XLSX).
                  Stop the service first (the index is locked while it runs).
                  --index DIR    the index directory (default: techmatch.index.path, ./index)
                  --report OUT   also copy the report to OUT""";
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        if (!options.has("library") || !options.has("file")) {
            throw new IllegalArgumentException("--library and --file are required");
        }
        Path file = Path.of(options.get("file", ""));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--file: no such file " + file.toAbsolutePath());
        }
        ImportService imports = context.getBean(ImportService.class);
        RecordStore store = context.getBean(RecordStore.class);
        ImportJob job;
        try {
            job = imports.run(options.get("library", ""), file);
        } catch (TableFormatException | UnknownValueException e) {
            System.err.println("import: " + e.getMessage());
            return 2;
        }
        ImportStatus status = job.snapshot();
        Path report = job.report().toAbsolutePath();
        if (options.has("report") && Files.isRegularFile(report)) {
            report = Files.copy(report, Path.of(options.get("report", "")), StandardCopyOption.REPLACE_EXISTING)
                    .toAbsolutePath();
        }
        System.out.printf("%s → %s（%s，%s）%n", file, status.library(), store.location(),
                status.format());
        System.out.printf("read %d%n", status.read());
        System.out.printf("accepted %d (new %d, updated %d, unchanged %d)%n", status.accepted(), status.created(),
                status.updated(), status.unchanged());
        System.out.printf("rejected %d%n", status.rejected());
        System.out.printf("duplicates %d%n", status.duplicates());
        System.out.printf("status %s in %.1f s%n", status.status(), status.seconds() == null ? 0 : status.seconds());
        if (status.error() != null) {
            System.out.println("error " + status.error());
        }
        System.out.println("report " + report);
        return ImportJob.FAILED.equals(status.status()) ? 1 : 0;
    }
}
