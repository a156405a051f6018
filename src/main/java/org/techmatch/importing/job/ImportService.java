package org.techmatch.importing.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Libraries;
import org.techmatch.catalog.LibraryNames;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.catalog.WriteActor;
import org.techmatch.duplicates.DuplicateDetector;
import org.techmatch.duplicates.DuplicateService;
import org.techmatch.importing.table.TableFormatException;
import org.techmatch.importing.xlsx.XlsxLimits;
import org.techmatch.search.SimilarRecords;
import org.techmatch.store.StoreProperties;
import org.techmatch.store.StoreUnavailableException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs imports as jobs, one at a time on a background thread (two imports into one library at once could both
 * decide that the same row is new), keeps their progress for the API, and writes each one's report and final
 * status under the imports directory. The command line runs the same job in its own thread.
 *
 * <p>An import started over the API runs as the user who started it: each row is a create or an update under the
 * same ownership rules as POST and PUT ({@link org.techmatch.catalog.RecordAccess}), and the audit trail names that
 * user. One from the command line runs as the system. A job, its progress and its report are shown to the user who
 * started it, to technology managers and to officials; to anyone else they do not exist (404).
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
public class ImportService implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Libraries libraries;
    private final DuplicateService duplicates;
    /** Finds the nearest stored record of a row (duplicate detection). */
    private final SimilarRecords similar;
    private final ImportProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final Path directory;
    private final ImportJournal journal;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    /** Rows read by every import (its rate is the import's rows/s); nothing until metrics are set up. */
    private volatile Runnable rowRead = () -> {
    };
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("import-job").daemon().factory());
    /** Stores one batch while the job reads the next; shared, since jobs run one at a time. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("import-writer").daemon().factory());

    ImportService(Libraries libraries, DuplicateService duplicates, SimilarRecords similar, ImportProperties properties,
                  StoreProperties storeProperties, JsonMapper json, Clock clock) {
        this.libraries = libraries;
        this.duplicates = duplicates;
        this.similar = similar;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.directory = properties.directory() != null ? properties.directory()
                : storeProperties.path().toAbsolutePath().normalize().resolveSibling("imports");
        XlsxLimits.configure(properties.xlsxMinInflateRatio(), properties.xlsxMaxEntryBytes());
        this.journal = new ImportJournal(directory, json);
        int partial = journal.deletePartialUploads();
        if (partial > 0) {
            log.info("Deleted {} partial upload(s) left in {} by a stop during an upload", partial, directory);
        }
        List<ImportJob> recovered = new ImportRecovery(this, journal, clock).recover();
        synchronized (jobs) {
            // the newest kept-jobs are listed again; older ones keep their status and report on disk
            recovered.subList(Math.max(0, recovered.size() - properties.keptJobs()), recovered.size())
                    .forEach(job -> jobs.put(job.id(), job));
        }
    }

    /** Counts every row an import reads as {@code techmatch.import.rows}. Set once at start. */
    public void measureWith(MeterRegistry registry) {
        Counter rows = Counter.builder("techmatch.import.rows").description("Rows read by imports")
                .register(registry);
        this.rowRead = rows::increment;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Queues an import of an uploaded file, which the job then owns: kept as {@code IMP-….upload} until the job
     * finishes or, interrupted, is discarded. The format is checked at once, so a file that can never be imported is
     * refused before it waits in the queue; the job is on disk before it is acknowledged.
     */
    public ImportJob submit(String library, Path upload, String fileName, Viewer viewer) {
        String type = LibraryNames.typeOf(library);
        Path kept = null;
        try {
            ImportFormat format = ImportFormat.detect(upload, fileName, type);
            ImportJob job = newJob(type, fileName, viewer);
            kept = journal.upload(job.id());
            Files.move(upload, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            JobRecord record = new JobRecord(job.snapshot(), format.name(), kept.toString(), true, viewer, 0, 0);
            journal.write(record);
            worker.submit(() -> execute(job, record));
            return job;
        } catch (IOException e) {
            deleteQuietly(upload);
            deleteQuietly(kept);
            throw new UncheckedIOException("cannot keep the upload", e);
        } catch (RuntimeException e) {
            deleteQuietly(upload);
            if (kept != null) {
                deleteQuietly(kept);
            }
            throw e;
        }
    }

    /**
     * Imports a file in the calling thread as the system (the command line), which may write every record; the
     * file is left where it is (a crash leaves the job interrupted, not resumable: run the command again).
     */
    public ImportJob run(String library, Path file) {
        String type = LibraryNames.typeOf(library);
        ImportFormat format = ImportFormat.detect(file, file.getFileName().toString(), type);
        ImportJob job = newJob(type, file.getFileName().toString(), null);
        JobRecord record = new JobRecord(job.snapshot(), format.name(), file.toAbsolutePath().toString(), false,
                null, 0, 0);
        journal.write(record);
        execute(job, record);
        return job;
    }

    public ImportStatus status(String id, Viewer viewer) {
        return job(id).map(ImportJob::snapshot).or(() -> savedStatus(id))
                .filter(status -> mayFollow(viewer, status))
                .orElseThrow(() -> new RecordNotFoundException("导入任务", id));
    }

    /** The jobs kept in memory that this viewer may follow, newest first. */
    public List<ImportStatus> list(Viewer viewer) {
        synchronized (jobs) {
            List<ImportStatus> all = new ArrayList<>(jobs.values().stream().map(ImportJob::snapshot)
                    .filter(status -> mayFollow(viewer, status)).toList());
            java.util.Collections.reverse(all);
            return all;
        }
    }

    /**
     * Stops a queued or running job after its current row; an interrupted job is discarded instead: it stays
     * 已中断 with its report, and its kept upload is deleted, so it can no longer be resumed.
     */
    public ImportStatus cancel(String id, Viewer viewer) {
        ImportJob job = job(id).filter(running -> mayFollow(viewer, running.snapshot()))
                .orElseThrow(() -> new RecordNotFoundException("导入任务", id));
        synchronized (job) {
            ImportStatus status = job.snapshot();
            if (ImportJob.INTERRUPTED.equals(status.status()) && status.resumable()) {
                JobRecord record = journal.read(id).orElseThrow();
                job.resumable(false);
                ImportStatus discarded = job.snapshot();
                journal.write(new JobRecord(discarded, record.format(), null, false, record.starter(),
                        record.position(), record.lines()));
                journal.writeStatus(discarded);
                deleteQuietly(journal.upload(id));
                return discarded;
            }
            job.cancel();
        }
        return job.snapshot();
    }

    /**
     * Resumes an interrupted job from the first row it had not stored, as the user who started it; its counts and
     * report go on from where they stopped.
     *
     * @throws StateConflictException (409) when the job is not interrupted or its upload was discarded
     */
    public ImportStatus resume(String id, Viewer viewer) {
        ImportJob interrupted = job(id).filter(known -> mayFollow(viewer, known.snapshot()))
                .orElseThrow(() -> new RecordNotFoundException("导入任务", id));
        synchronized (interrupted) {
            ImportStatus before = interrupted.snapshot();
            JobRecord record = journal.read(id).orElse(null);
            if (!ImportJob.INTERRUPTED.equals(before.status()) || !before.resumable() || record == null
                    || record.source() == null || !Files.isRegularFile(Path.of(record.source()))) {
                throw new StateConflictException("导入任务 " + id + " 的状态为「" + before.status() + "」"
                        + (ImportJob.INTERRUPTED.equals(before.status()) ? "，上传的文件已放弃，不能继续导入；请重新上传"
                        : "，只有已中断的导入任务可以继续"));
            }
            ImportJob resumed = new ImportJob(id, before.library(), before.file(), before.createdAt(), reportPath(id),
                    record.starter());
            resumed.restore(record.status());
            journal.keepLines(id, record.lines());
            interrupted.resumable(false); // a second resume of the same job, even at once, finds it taken
            JobRecord queued = record.with(resumed.snapshot());
            journal.write(queued);
            synchronized (jobs) {
                jobs.put(id, resumed);
            }
            worker.submit(() -> execute(resumed, queued));
            return resumed.snapshot();
        }
    }

    /** The report of a finished or interrupted job (also of one from before a restart), to those who may follow it. */
    public Path report(String id, Viewer viewer) {
        Path report = reportPath(id);
        if (!id.matches("IMP-[0-9A-Za-z-]+") || !Files.isRegularFile(report)
                || job(id).map(ImportJob::snapshot).or(() -> savedStatus(id))
                .filter(status -> mayFollow(viewer, status)).isEmpty()) {
            throw new RecordNotFoundException("导入报告", id);
        }
        return report;
    }

    /**
     * Who may see a job, its progress and its report: the user who started it, technology managers and officials
     * (the roles that import). A report names the rows of a file and the records they touched, so no one else.
     */
    private static boolean mayFollow(Viewer viewer, ImportStatus job) {
        return viewer.role() == Role.MANAGER || viewer.role() == Role.OFFICIAL
                || (viewer.username() != null && viewer.username().equals(job.startedBy()));
    }

    private ImportJob newJob(String type, String fileName, Viewer startedBy) {
        String id = "IMP-" + ID_TIME.format(clock.instant()) + "-"
                + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        ImportJob job = new ImportJob(id, type, fileName, clock.instant(), reportPath(id), startedBy);
        synchronized (jobs) {
            jobs.put(id, job);
            if (jobs.size() > properties.keptJobs()) {
                jobs.values().stream().filter(ImportJob::isFinished).findFirst()
                        .ifPresent(oldest -> jobs.remove(oldest.id()));
            }
        }
        return job;
    }

    private void execute(ImportJob job, JobRecord record) {
        ImportFormat format = ImportFormat.valueOf(record.format());
        job.started(format.label(), clock.instant());
        JobCheckpoints checkpoints = new JobCheckpoints(journal, job, record);
        String status = ImportJob.DONE;
        String error = null;
        List<ImportRunner<?>> runner = new ArrayList<>(1);
        try {
            boolean complete = run(job, checkpoints, format, Path.of(record.source()), runner);
            status = complete ? ImportJob.DONE : job.interruptRequested() ? ImportJob.INTERRUPTED : ImportJob.CANCELLED;
        } catch (TableFormatException e) {
            status = ImportJob.FAILED;
            error = e.getMessage();
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", job.id(), record.source(), e);
            status = ImportJob.FAILED;
            // the exception's own message names Java classes: it goes to the log, the job says what happened
            error = e instanceof StoreUnavailableException ? "导入中断：" + e.getMessage() + "，请稍后重新导入"
                    : "导入中断：读取文件或保存记录时出错，已记录日志；已保存的行见导入报告，请检查文件后重新导入";
        }
        boolean resumable = ImportJob.INTERRUPTED.equals(status) && record.keptUpload();
        job.resumable(resumable);
        // the report and the status file are written before the job shows as finished, so that a client that sees
        // finishedAt can download the report at once
        Instant at = clock.instant();
        ImportStatus finished = job.snapshotFinished(status, error, at);
        try {
            checkpoints.ended(finished, runner.isEmpty() ? List.of() : runner.getFirst().unreported(), resumable);
            writeReport(finished, checkpoints.record().lines());
            journal.writeStatus(finished);
        } catch (RuntimeException e) {
            log.error("Cannot write the report of import {}", job.id(), e);
        } finally {
            if (!resumable && record.keptUpload()) {
                deleteQuietly(Path.of(record.source()));
            }
            job.finished(status, error, at);
        }
    }

    /** The XLSX report, from the job's durable report lines. */
    void writeReport(ImportStatus status, int lines) {
        try (ImportReportWriter report = new ImportReportWriter()) {
            journal.lines(status.id(), lines).forEach(report::add);
            report.finish(status, reportPath(status.id()));
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends CatalogRecord> boolean run(ImportJob job, JobCheckpoints checkpoints, ImportFormat format,
                                                  Path file, List<ImportRunner<?>> holder) {
        ImportRunner<T> runner = runner(job, checkpoints);
        holder.add(runner);
        LibraryService<T> library = libraryOf(job.library());
        // the rows are written as the user who started the import: the audit trail names them
        return WriteActor.as(job.startedBy(),
                () -> runner.run(ImportSources.open(format, file, library.kind(), json, runner::notice)));
    }

    private <T extends CatalogRecord> ImportRunner<T> runner(ImportJob job, JobCheckpoints checkpoints) {
        DuplicateDetector detector = new DuplicateDetector(similar,
                properties.duplicateSimilarity(), properties.duplicateCandidates());
        return new ImportRunner<>(job, libraryOf(job.library()), duplicates, detector, properties.batchSize(),
                checkpoints, writer, rowRead);
    }

    @SuppressWarnings("unchecked")
    <T extends CatalogRecord> LibraryService<T> libraryOf(String type) {
        return (LibraryService<T>) libraries.all().stream().filter(l -> l.kind().type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no library for " + type));
    }

    private Optional<ImportJob> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    private Optional<ImportStatus> savedStatus(String id) {
        Path saved = statusPath(id);
        if (!id.matches("IMP-[0-9A-Za-z-]+") || !Files.isRegularFile(saved)) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(saved.toFile(), ImportStatus.class));
    }

    DuplicateService duplicates() {
        return duplicates;
    }

    Path reportFile(String id) {
        return reportPath(id);
    }

    private Path reportPath(String id) {
        return directory.resolve(id + "-导入报告.xlsx");
    }

    private Path statusPath(String id) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory.resolve(id + ".json");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete the upload {}", file, e);
        }
    }

    /**
     * Jobs still queued or running stop after their current row and end interrupted (resumable after the next
     * start); a job the JVM does not wait for is found interrupted by the next start all the same.
     */
    @Override
    public void destroy() {
        synchronized (jobs) {
            jobs.values().forEach(ImportJob::interrupt);
        }
        worker.shutdown();
        writer.shutdown();
    }
}
