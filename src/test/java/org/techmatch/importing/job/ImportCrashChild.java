package org.techmatch.importing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;

/**
 * The service side of {@link ImportCrashTest}, in a JVM of its own: starts the application on an index, accepts an
 * upload as POST /api/imports would (the upload moved next to the reports, then submitted), and prints the job's
 * progress until it ends or the test kills this JVM.
 */
public final class ImportCrashChild {
    static final Viewer MANAGER = new Viewer(Role.MANAGER, "天津市技术转移中心", "manager", null, List.of());

    private ImportCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        Path file = Path.of(args[1]);
        try (ConfigurableApplicationContext context = ImportCrashTest.start(index)) {
            ImportService imports = context.getBean(ImportService.class);
            Files.createDirectories(imports.directory());
            Path upload = Files.createTempFile(imports.directory(), "upload-", ".part");
            Files.copy(file, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ImportJob job = imports.submit("demands", upload, "需求.jsonl", MANAGER);
            System.out.println("JOB " + job.id());
            while (true) {
                ImportStatus status = job.snapshot();
                System.out.println("PROGRESS " + status.created() + " " + status.status());
                if (status.finishedAt() != null) {
                    System.out.println("END " + status.created() + " " + status.duplicates());
                    break;
                }
                Thread.sleep(5);
            }
        }
        System.exit(0);
    }
}
