package org.techmatch.importing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.WriteActor;

/**
 * On start, finds the jobs a crash (or a stop the JVM did not wait for) left queued or running and makes them
 * honest: a batch stored just before the stop is completed (its duplicate flags and report lines, its checkpoint),
 * report lines written past the last checkpoint are cut off, and the job becomes 已中断 with the counts and the
 * XLSX report of the rows it stored, resumable while its upload is kept. Finished jobs are listed again as well.
 */
final class ImportRecovery {
    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final ImportService imports;
    private final ImportJournal journal;
    private final Clock clock;

    ImportRecovery(ImportService imports, ImportJournal journal, Clock clock) {
        this.imports = imports;
        this.journal = journal;
        this.clock = clock;
    }

    /** Every job with a record, oldest first, interrupted ones made so. */
    List<ImportJob> recover() {
        List<ImportJob> jobs = new ArrayList<>();
        for (String id : journal.jobIds()) {
            try {
                JobRecord record = journal.read(id).orElseThrow();
                String status = record.status().status();
                jobs.add(ImportJob.QUEUED.equals(status) || ImportJob.RUNNING.equals(status) ? interrupted(record)
                        : known(record));
            } catch (RuntimeException e) {
                log.error("Cannot recover import job {}", id, e);
            }
        }
        return jobs;
    }

    /** A finished job as it ended. */
    private ImportJob known(JobRecord record) {
        ImportStatus status = record.status();
        ImportJob job = job(record);
        job.resumable(status.resumable());
        job.finished(status.status(), status.error(), status.finishedAt());
        return job;
    }

    private ImportJob interrupted(JobRecord record) {
        String id = record.status().id();
        journal.keepLines(id, record.lines());
        JobCheckpoints checkpoints = new JobCheckpoints(journal, job(record), record);
        journal.readBatch(id).filter(batch -> batch.position() > record.position())
                .ifPresent(batch -> completeIfStored(record, checkpoints, batch));
        JobRecord reached = checkpoints.record();
        ImportJob job = job(reached);
        boolean resumable = reached.keptUpload() && reached.source() != null
                && Files.isRegularFile(Path.of(reached.source()));
        job.resumable(resumable);
        String error = "服务在导入过程中停止：已保存 " + reached.status().read() + " 行，见导入报告"
                + (resumable ? "；可继续导入，从第 " + (reached.position() + 1) + " 个数据行起" : "；请重新导入，已导入的行不会重复");
        Instant at = clock.instant();
        ImportStatus status = job.snapshotFinished(ImportJob.INTERRUPTED, error, at);
        checkpoints.ended(status, List.of(), resumable);
        imports.writeReport(status, checkpoints.record().lines());
        journal.writeStatus(status);
        job.finished(ImportJob.INTERRUPTED, error, at);
        log.warn("Import {} was interrupted after {} rows; {}", id, reached.position(),
                resumable ? "it can be resumed" : "its upload is gone");
        return job;
    }

    /**
     * The batch written down past the checkpoint was stored if its rows are in the index (one commit stores all
     * of them or none): then it is completed as the job would have; otherwise its rows are read again on resume.
     */
    private <T extends CatalogRecord> void completeIfStored(JobRecord record, JobCheckpoints checkpoints,
                                                            PendingBatch batch) {
        String type = record.status().library();
        LibraryService<T> library = imports.libraryOf(type);
        List<String> ids = batch.rows().stream().map(row -> library.findKey(row.keyField(), row.keyValue())
                .map(LibraryService.KeyMatch::id).orElse(null)).toList();
        if (ids.isEmpty() || !ids.stream().allMatch(Objects::nonNull)) {
            journal.deleteBatch(record.status().id());
            return;
        }
        BatchCompletion<T> completion = new BatchCompletion<>(job(record), library, imports.duplicates(),
                checkpoints, true);
        WriteActor.as(record.starter(), () -> {
            completion.finish(batch, ids);
            return null;
        });
    }

    private ImportJob job(JobRecord record) {
        ImportStatus status = record.status();
        ImportJob job = new ImportJob(status.id(), status.library(), status.file(), status.createdAt(),
                imports.reportFile(status.id()), record.starter());
        job.restore(status);
        return job;
    }
}
