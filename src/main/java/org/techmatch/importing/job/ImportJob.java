package org.techmatch.importing.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.techmatch.catalog.Viewer;

/**
 * One import while it runs: counters that the API reads as progress, a cancel flag the runner checks between
 * rows, and the first report lines for a quick look (the full report is the XLSX file).
 */
public final class ImportJob {
    /** Report lines kept in memory for the status response; the report file has all of them. */
    static final int PREVIEW_LINES = 100;

    public static final String QUEUED = "排队中";
    public static final String RUNNING = "导入中";
    public static final String DONE = "已完成";
    public static final String CANCELLED = "已取消";
    public static final String FAILED = "失败";
    /** Stopped by a crash or a shutdown: its stored rows are reported, and it can be resumed after them. */
    public static final String INTERRUPTED = "已中断";

    private final String id;
    private final String library;
    private final String fileName;
    private final Instant createdAt;
    private final Path report;
    /** Whom the rows are written for; null for the system (the command line), which may write every record. */
    private final Viewer startedBy;
    final AtomicInteger read = new AtomicInteger();
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    private final List<ReportLine> preview = new ArrayList<>();
    private volatile String format;
    private volatile String status = QUEUED;
    private volatile String error;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile boolean cancelRequested;
    /** Stopping because the service stops, not because a user cancelled: the job ends interrupted. */
    private volatile boolean interruptRequested;
    private volatile boolean resumable;

    ImportJob(String id, String library, String fileName, Instant createdAt, Path report, Viewer startedBy) {
        this.id = id;
        this.startedBy = startedBy;
        this.library = library;
        this.fileName = fileName;
        this.createdAt = createdAt;
        this.report = report;
    }

    public String id() {
        return id;
    }

    public String library() {
        return library;
    }

    public Path report() {
        return report;
    }

    /** The user the import runs as (null: the system). */
    Viewer startedBy() {
        return startedBy;
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    /** Asks the runner to stop after the current row; rows already validated are still stored. */
    void cancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    /** Asks the runner to stop after the current row because the service stops; the job can be resumed later. */
    void interrupt() {
        interruptRequested = true;
        cancelRequested = true;
    }

    boolean interruptRequested() {
        return interruptRequested;
    }

    void resumable(boolean canResume) {
        resumable = canResume;
    }

    /** Takes over the counts of an earlier run of the same job (a resumed or a recovered one). */
    void restore(ImportStatus earlier) {
        read.set(earlier.read());
        created.set(earlier.created());
        updated.set(earlier.updated());
        unchanged.set(earlier.unchanged());
        rejected.set(earlier.rejected());
        duplicates.set(earlier.duplicates());
        format = earlier.format();
        startedAt = earlier.startedAt();
        if (earlier.problems() != null) {
            earlier.problems().forEach(this::preview);
        }
    }

    void started(String formatLabel, Instant at) {
        format = formatLabel;
        startedAt = at;
        status = RUNNING;
    }

    void finished(String finalStatus, String errorMessage, Instant at) {
        error = errorMessage;
        status = finalStatus;
        finishedAt = at;
    }

    void preview(ReportLine line) {
        synchronized (preview) {
            if (preview.size() < PREVIEW_LINES) {
                preview.add(line);
            }
        }
    }

    public ImportStatus snapshot() {
        return snapshot(status, error, finishedAt);
    }

    /** The status as it will be once finished, before it is published (the report is written from it first). */
    ImportStatus snapshotFinished(String finalStatus, String finalError, Instant at) {
        return snapshot(finalStatus, finalError, at);
    }

    /** The status with the counts of a checkpoint (what is stored and reported), still running. */
    ImportStatus snapshotAt(PendingBatch.Counts counts) {
        ImportStatus now = snapshot();
        return new ImportStatus(now.id(), now.library(), now.file(), now.startedBy(), now.format(), now.status(),
                counts.read(), counts.created() + counts.updated() + counts.unchanged(), counts.created(),
                counts.updated(), counts.unchanged(), counts.rejected(), counts.duplicates(), now.createdAt(),
                now.startedAt(), now.finishedAt(), now.seconds(), now.error(), now.report(), now.problems(), false);
    }

    private ImportStatus snapshot(String status, String error, Instant finishedAt) {
        List<ReportLine> lines;
        synchronized (preview) {
            lines = List.copyOf(preview);
        }
        int accepted = created.get() + updated.get() + unchanged.get();
        Double seconds = startedAt == null ? null
                : Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt).toMillis() / 1000.0;
        return new ImportStatus(id, library, fileName, startedBy == null ? null : startedBy.username(), format,
                status, read.get(), accepted, created.get(), updated.get(), unchanged.get(), rejected.get(),
                duplicates.get(), createdAt, startedAt, finishedAt, seconds, error,
                finishedAt == null ? null : "/api/imports/" + id + "/report.xlsx", lines, resumable);
    }
}
