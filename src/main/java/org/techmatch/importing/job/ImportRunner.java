package org.techmatch.importing.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.LibraryService.KeyMatch;
import org.techmatch.catalog.RecordAccess;
import org.techmatch.catalog.RecordKeys;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.ValidationException;
import org.techmatch.store.StaleVersionException;
import org.techmatch.catalog.Viewer;
import org.techmatch.catalog.WriteActor;
import org.techmatch.duplicates.DuplicateDetector;
import org.techmatch.duplicates.DuplicateDetector.Signature;
import org.techmatch.duplicates.DuplicateDetector.Similar;
import org.techmatch.duplicates.DuplicateDetector.Slot;
import org.techmatch.duplicates.DuplicateService;
import org.techmatch.importing.RowOutcome;
import org.techmatch.importing.RowProblem;
import org.techmatch.store.FieldNames;
import org.techmatch.store.StoreUnavailableException;

/**
 * Runs one import over a stream of mapped rows: decides for each accepted row whether it is new, a repeat of an
 * earlier row, an update of a record imported before (same id or same source id) or already stored unchanged
 * (same content), flags suspected duplicates, and stores new records in batches with one commit each. Every row
 * read ends up counted as accepted or rejected, and everything worth saying goes to the report.
 *
 * <p>Storing a batch (analysis, indexing, the commit's fsync) runs on the writer thread while this thread reads
 * and checks the next batch, so both cores work; at most one batch is in flight, and its rows take part in the
 * duplicate search of the next one.
 *
 * <p>Each row is written as the user who started the import, under the same rules as POST and PUT
 * ({@link RecordAccess}): a row that would create a record the user may not publish, or change one the user may
 * not change, is rejected with the reason and the import goes on. An import of the system (the command line)
 * writes every row.
 */
final class ImportRunner<T extends CatalogRecord> {
    private static final String WHOLE_ROW = "（整行）";
    /** Why a row may not change a record: the same words whoever owns it, so a refusal never names the owner. */
    static final String NOT_YOURS = "该记录不属于当前用户所在单位";

    private final ImportJob job;
    private final LibraryService<T> library;
    private final DuplicateService duplicates;
    private final DuplicateDetector detector;
    private final int batchSize;
    private final JobCheckpoints checkpoints;
    /** Flags, reports and checkpoints each stored batch. */
    private final BatchCompletion<T> completion;
    /** Rows of the source already stored and reported by an earlier run of this job: read past, not handled. */
    private final int skip;
    /** Whom the rows are written for; null: the system. */
    private final Viewer starter;
    /** Natural key or content hash of every row of this file → the first row that had it. */
    private final Map<String, Integer> seen = new HashMap<>();
    private final Executor writer;
    /** Told of every row read (the import rows/s metric). */
    private final Runnable rowRead;
    private List<Row<T>> batch = new ArrayList<>();
    private DuplicateDetector.Pending pending = new DuplicateDetector.Pending();
    /** The batch being stored on the writer thread, with its rows and their signatures. */
    private CompletableFuture<List<T>> inFlight;
    private List<Row<T>> inFlightRows = List.of();
    private DuplicateDetector.Pending inFlightPending = new DuplicateDetector.Pending();
    /** The batch in flight as written down before it was handed to the store. */
    private PendingBatch inFlightBatch;
    /** Report lines of the rows read since the last batch was cut; checkpointed with the next batch. */
    private List<ReportLine> segment = new ArrayList<>();
    /** Rows of the batches not stored yet, by their slot: a similar row of the same batch is named by its index. */
    private final Map<Slot, Integer> slotRows = new java.util.IdentityHashMap<>();
    private boolean skipping;

    private record Row<T>(int number, String externalId, T record, Similar similar, Slot slot, String keyField,
                          String keyValue) {
    }

    ImportRunner(ImportJob job, LibraryService<T> library, DuplicateService duplicates, DuplicateDetector detector,
                 int batchSize, JobCheckpoints checkpoints, Executor writer, Runnable rowRead) {
        this.rowRead = rowRead;
        this.checkpoints = checkpoints;
        this.completion = new BatchCompletion<>(job, library, duplicates, checkpoints, false);
        this.skip = checkpoints.position();
        this.job = job;
        this.library = library;
        this.duplicates = duplicates;
        this.detector = detector;
        this.batchSize = batchSize;
        this.writer = writer;
        this.starter = job.startedBy();
    }

    /** Imports every outcome (closing the stream); returns false when cancelled before the end. */
    boolean run(Stream<RowOutcome<T>> outcomes) {
        try (outcomes) {
            var rows = outcomes.iterator();
            skipping = skip > 0;
            for (int done = 0; done < skip && rows.hasNext(); done++) {
                remember(rows.next());
            }
            skipping = false;
            while (rows.hasNext()) {
                if (job.cancelRequested()) {
                    flush();
                    complete();
                    line(new ReportLine(0, null, WHOLE_ROW, null, (job.interruptRequested()
                            ? "服务停止，导入已中断：已读取 " + job.read.get() + " 行，可继续导入其后的行"
                            : "导入已取消：已读取 " + job.read.get() + " 行，其后的行未读取"), ReportLine.NOTE));
                    return false;
                }
                handle(rows.next());
            }
            flush();
            complete();
            return true;
        } catch (RuntimeException e) {
            failBatch(e);
            throw e;
        }
    }

    void notice(RowProblem problem) {
        if (!skipping) { // the notes of the rows read past were reported by the run that stored them
            line(ReportLine.of(problem, ReportLine.NOTE));
        }
    }

    /** A row stored by an earlier run of this job: only its key is kept, so a later repeat of it is still seen. */
    private void remember(RowOutcome<T> outcome) {
        if (outcome instanceof RowOutcome.Accepted<T> accepted) {
            seen.putIfAbsent(key(accepted.mapped(), library.contentHash(accepted.mapped())), accepted.rowNumber());
        }
    }

    private String key(T record, String hash) {
        String origin = RecordKeys.originKey(record.origin());
        return origin != null ? "origin:" + origin : record.id() != null ? "id:" + record.id() : "hash:" + hash;
    }

    private void handle(RowOutcome<T> outcome) {
        job.read.incrementAndGet();
        rowRead.run();
        outcome.notes().forEach(note -> line(ReportLine.of(note, ReportLine.NOTE)));
        switch (outcome) {
            case RowOutcome.Rejected<T> rejected -> reject(rejected.problems());
            case RowOutcome.Accepted<T> accepted -> accept(accepted.rowNumber(), accepted.externalId(),
                    accepted.mapped());
        }
    }

    private void accept(int number, String externalId, T record) {
        String hash = library.contentHash(record);
        String origin = RecordKeys.originKey(record.origin());
        String key = key(record, hash);
        Integer first = seen.putIfAbsent(key, number);
        if (first != null) {
            // a rejected row, not a suspected duplicate: 疑似重复 counts the pairs listed under the import
            reject(List.of(new RowProblem(number, externalId, WHOLE_ROW, null, "与第 " + first + " 行重复（"
                    + (key.startsWith("hash:") ? "内容完全相同" : "同一编号") + "），未重复导入")));
            return;
        }
        Optional<KeyMatch> target = record.id() != null ? library.findKey(FieldNames.ID, record.id())
                : Optional.empty();
        if (target.isEmpty() && origin != null) {
            target = library.findKey(RecordKeys.ORIGIN_KEY, origin);
        }
        if (target.isEmpty() && origin == null) {
            Optional<KeyMatch> same = library.findKey(RecordKeys.CONTENT_HASH, hash);
            if (same.isPresent()) {
                unchanged(number, externalId, same.get(), "内容与已有记录 " + same.get().id() + " 完全相同，未重复导入");
                return;
            }
        }
        if (target.isPresent()) {
            if (hash.equals(target.get().contentHash())) {
                unchanged(number, externalId, target.get(), "已导入过（" + target.get().id() + "），内容未变");
            } else {
                update(number, externalId, target.get(), record);
            }
            return;
        }
        List<FieldProblem> problems = library.problems(record);
        if (!problems.isEmpty()) {
            reject(problems.stream().map(p -> new RowProblem(number, externalId, p.field(),
                    p.value() == null ? null : String.valueOf(p.value()), p.message())).toList());
            return;
        }
        if (starter != null) {
            try {
                RecordAccess.checkCreate(starter, library.kind(), record);
            } catch (ForbiddenException e) {
                reject(List.of(new RowProblem(number, externalId, WHOLE_ROW, null, "未导入：" + e.getMessage())));
                return;
            }
        }
        Signature signature = Signature.of(library.kind().comparableText(record));
        Similar similar = detector.mostSimilar(library, signature, List.of(inFlightPending, pending)).orElse(null);
        Slot slot = new Slot();
        // a stored record is found again by its source key, or by its content (no stored record has it: checked above)
        batch.add(new Row<>(number, externalId, record, similar, slot,
                origin != null ? RecordKeys.ORIGIN_KEY : RecordKeys.CONTENT_HASH, origin != null ? origin : hash));
        slotRows.put(slot, batch.size() - 1);
        pending.add(signature, record.title(), slot);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void unchanged(int number, String externalId, KeyMatch match, String reason) {
        job.unchanged.incrementAndGet();
        line(new ReportLine(number, externalId, WHOLE_ROW, match.id(), reason, ReportLine.UNCHANGED));
    }

    /**
     * A record imported before with the same id or source id, now with other content: a new version of it, if the
     * user who started the import may change it (as PUT would). A refusal names the row and the record, never the
     * record's organisation.
     */
    private void update(int number, String externalId, KeyMatch target, T record) {
        if (starter != null && !library.lookup(target.id())
                .map(current -> RecordAccess.mayChange(starter, library.kind(), current)).orElse(true)) {
            reject(List.of(new RowProblem(number, externalId, WHOLE_ROW, target.id(), "「" + target.id() + "」："
                    + (starter.role() == Role.OFFICIAL && starter.district() != null
                    ? "该记录不在本区（" + starter.district() + "）" : NOT_YOURS) + "，不能修改或撤回，该行未导入")));
            return;
        }
        try {
            if (starter == null) {
                library.update(target.id(), target.version(), record);
            } else {
                library.update(target.id(), target.version(), record, starter);
            }
            job.updated.incrementAndGet();
            line(new ReportLine(number, externalId, WHOLE_ROW, target.id(), "已导入过，内容有变化，已更新为新版本",
                    ReportLine.UPDATED));
        } catch (ValidationException e) {
            reject(e.problems().stream().map(p -> new RowProblem(number, externalId, p.field(),
                    p.value() == null ? null : String.valueOf(p.value()), p.message())).toList());
        } catch (StaleVersionException e) {
            reject(List.of(new RowProblem(number, externalId, WHOLE_ROW, target.id(),
                    "更新时记录正被他人修改，请稍后重新导入该行")));
        } catch (ForbiddenException e) {
            reject(List.of(new RowProblem(number, externalId, WHOLE_ROW, target.id(), "未更新：" + e.getMessage())));
        } catch (RecordNotFoundException e) {
            // a record the user may not even read: refused in the same words, its owner unnamed
            reject(List.of(new RowProblem(number, externalId, WHOLE_ROW, target.id(), "「" + target.id() + "」："
                    + NOT_YOURS + "，不能修改或撤回，该行未导入")));
        }
    }

    private void reject(List<RowProblem> problems) {
        job.rejected.incrementAndGet();
        problems.forEach(p -> line(ReportLine.of(p, ReportLine.REJECTED)));
    }

    /**
     * Cuts a batch at the current row: writes it down with the lines and counts up to here, hands it to the writer
     * thread (after the batch before it is stored and checkpointed) and starts a new one. With no new row, the
     * rows read so far are checkpointed at once.
     */
    private void flush() {
        complete();
        PendingBatch cut = new PendingBatch(job.read.get(), counts(), segment, batch.stream().map(this::newRow).toList());
        segment = new ArrayList<>();
        if (batch.isEmpty()) {
            checkpoints.reached(cut.position(), cut.counts(), cut.lines());
            return;
        }
        checkpoints.cut(cut);
        List<T> records = batch.stream().map(Row::record).toList();
        inFlight = CompletableFuture.supplyAsync(() -> WriteActor.as(starter, () -> library.createAll(records)),
                writer);
        inFlightBatch = cut;
        inFlightRows = batch;
        inFlightPending = pending;
        batch = new ArrayList<>();
        pending = new DuplicateDetector.Pending();
    }

    private PendingBatch.Counts counts() {
        return new PendingBatch.Counts(job.read.get(), job.created.get(), job.updated.get(), job.unchanged.get(),
                job.rejected.get(), job.duplicates.get());
    }

    /** A row as written down: a similar row of the same batch by its index, any other by its id. */
    private PendingBatch.NewRow newRow(Row<T> row) {
        Similar similar = row.similar();
        PendingBatch.SimilarTo to = null;
        if (similar != null) {
            String id = similar.resolvedId();
            to = new PendingBatch.SimilarTo(id, id == null ? slotRows.get(similar.otherSlot()) : null,
                    similar.otherTitle(), similar.similarity(), similar.exact());
        }
        return new PendingBatch.NewRow(row.number(), row.externalId(), row.keyField(), row.keyValue(),
                row.record().title(), to);
    }

    /** Waits for the batch in flight to be stored (one commit), then flags its duplicates and checkpoints it. */
    private void complete() {
        if (inFlight == null) {
            return;
        }
        List<T> created;
        try {
            created = inFlight.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            inFlight = null;
        }
        for (int i = 0; i < inFlightRows.size(); i++) {
            inFlightRows.get(i).slot().fill(created.get(i).id());
            slotRows.remove(inFlightRows.get(i).slot());
        }
        PendingBatch done = inFlightBatch;
        inFlightRows = List.of();
        inFlightBatch = null;
        inFlightPending = new DuplicateDetector.Pending();
        completion.finish(done, created.stream().map(CatalogRecord::id).toList());
    }

    /** The batches not stored could not be: their rows count as rejected, so the report still adds up. */
    private void failBatch(RuntimeException e) {
        String reason = e instanceof StoreUnavailableException ? "存储失败，该行未保存：" + e.getMessage()
                : "导入中断，该行未保存";
        if (inFlight != null) {
            try {
                List<T> created = inFlight.join();
                inFlight = null;
                PendingBatch done = inFlightBatch;
                inFlightRows = List.of();
                inFlightBatch = null;
                completion.finish(done, created.stream().map(CatalogRecord::id).toList());
            } catch (RuntimeException stored) {
                // the batch in flight failed too (or its flags could not be stored): its rows are rejected below
                inFlight = null;
            }
        }
        for (Row<T> row : inFlightRows) {
            reject(List.of(new RowProblem(row.number(), row.externalId(), WHOLE_ROW, null, reason)));
        }
        for (Row<T> row : batch) {
            reject(List.of(new RowProblem(row.number(), row.externalId(), WHOLE_ROW, null, reason)));
        }
        inFlightRows = List.of();
        batch.clear();
    }

    /** Report lines of rows read since the last checkpoint: kept with the job's end, whatever it is. */
    List<ReportLine> unreported() {
        List<ReportLine> rest = new ArrayList<>();
        if (inFlightBatch != null) {
            rest.addAll(inFlightBatch.lines());
        }
        rest.addAll(segment);
        return rest;
    }

    private void line(ReportLine line) {
        segment.add(line);
        job.preview(line);
    }
}
