package org.techmatch.importing.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.LibraryService.KeyMatch;
import org.techmatch.catalog.RecordKeys;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.VersionConflictException;
import org.techmatch.duplicates.DuplicateDetector;
import org.techmatch.duplicates.DuplicateDetector.Signature;
import org.techmatch.duplicates.DuplicateDetector.Similar;
import org.techmatch.duplicates.DuplicatePair;
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
 */
final class ImportRunner<T extends CatalogRecord> {
    private static final String WHOLE_ROW = "（整行）";

    private final ImportJob job;
    private final LibraryService<T> library;
    private final DuplicateService duplicates;
    private final DuplicateDetector detector;
    private final int batchSize;
    private final ImportReportWriter report;
    /** Natural key or content hash of every row of this file → the first row that had it. */
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<Row<T>> batch = new ArrayList<>();
    private final DuplicateDetector.Pending pending = new DuplicateDetector.Pending();

    private record Row<T>(int number, String externalId, T record, Similar similar) {
    }

    ImportRunner(ImportJob job, LibraryService<T> library, DuplicateService duplicates, DuplicateDetector detector,
                 int batchSize, ImportReportWriter report) {
        this.job = job;
        this.library = library;
        this.duplicates = duplicates;
        this.detector = detector;
        this.batchSize = batchSize;
        this.report = report;
    }

    /** Imports every outcome (closing the stream); returns false when cancelled before the end. */
    boolean run(Stream<RowOutcome<T>> outcomes) {
        try (outcomes) {
            var rows = outcomes.iterator();
            while (rows.hasNext()) {
                if (job.cancelRequested()) {
                    flush();
                    line(new ReportLine(0, null, WHOLE_ROW, null, "导入已取消：已读取 " + job.read.get()
                            + " 行，其后的行未读取", ReportLine.NOTE));
                    return false;
                }
                handle(rows.next());
            }
            flush();
            return true;
        } catch (RuntimeException e) {
            failBatch(e);
            throw e;
        }
    }

    void notice(RowProblem problem) {
        line(ReportLine.of(problem, ReportLine.NOTE));
    }

    private void handle(RowOutcome<T> outcome) {
        job.read.incrementAndGet();
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
        String key = origin != null ? "origin:" + origin : record.id() != null ? "id:" + record.id() : "hash:" + hash;
        Integer first = seen.putIfAbsent(key, number);
        if (first != null) {
            job.duplicates.incrementAndGet();
            reject(List.of(new RowProblem(number, externalId, WHOLE_ROW, null, "与第 " + first + " 行重复（"
                    + (key.startsWith("hash:") ? "内容完全相同" : "同一编号") + "），未重复导入")));
            return;
        }
        Optional<KeyMatch> target = record.id() != null ? library.findBy(FieldNames.ID, record.id())
                : Optional.empty();
        if (target.isEmpty() && origin != null) {
            target = library.findBy(RecordKeys.ORIGIN_KEY, origin);
        }
        if (target.isEmpty() && origin == null) {
            Optional<KeyMatch> same = library.findBy(RecordKeys.CONTENT_HASH, hash);
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
        Signature signature = Signature.of(library.kind().comparableText(record));
        Similar similar = detector.mostSimilar(library, signature, pending).orElse(null);
        batch.add(new Row<>(number, externalId, record, similar));
        pending.add(signature, record.title());
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void unchanged(int number, String externalId, KeyMatch match, String reason) {
        job.unchanged.incrementAndGet();
        line(new ReportLine(number, externalId, WHOLE_ROW, match.id(), reason, ReportLine.UNCHANGED));
    }

    /** A record imported before with the same id or source id, now with other content: a new version of it. */
    private void update(int number, String externalId, KeyMatch target, T record) {
        try {
            library.update(target.id(), target.version(), record);
            job.updated.incrementAndGet();
            line(new ReportLine(number, externalId, WHOLE_ROW, target.id(), "已导入过，内容有变化，已更新为新版本",
                    ReportLine.UPDATED));
        } catch (ValidationException e) {
            reject(e.problems().stream().map(p -> new RowProblem(number, externalId, p.field(),
                    p.value() == null ? null : String.valueOf(p.value()), p.message())).toList());
        } catch (VersionConflictException e) {
            reject(List.of(new RowProblem(number, externalId, WHOLE_ROW, target.id(),
                    "更新时记录正被他人修改，请稍后重新导入该行")));
        }
    }

    private void reject(List<RowProblem> problems) {
        job.rejected.incrementAndGet();
        problems.forEach(p -> line(ReportLine.of(p, ReportLine.REJECTED)));
    }

    /** Stores the batch with one commit, then records the duplicate flags it raised. */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<T> created = library.createAll(batch.stream().map(Row::record).toList());
        job.created.addAndGet(created.size());
        List<DuplicatePair> flags = new ArrayList<>();
        List<Row<T>> flagged = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Similar similar = batch.get(i).similar();
            if (similar != null) {
                String otherId = similar.otherId() != null ? similar.otherId()
                        : created.get(similar.pendingIndex()).id();
                T record = created.get(i);
                flags.add(new DuplicatePair(null, 0, null, library.kind().type(), record.id(), record.title(), otherId,
                        similar.otherTitle(), Math.round(similar.similarity() * 1000) / 1000.0, similar.exact(),
                        job.id(), null, null, null));
                flagged.add(batch.get(i));
            }
        }
        List<DuplicatePair> stored = duplicates.flagAll(flags);
        for (int i = 0; i < stored.size(); i++) {
            DuplicatePair pair = stored.get(i);
            job.duplicates.incrementAndGet();
            line(new ReportLine(flagged.get(i).number(), flagged.get(i).externalId(), WHOLE_ROW, pair.otherId(),
                    String.format("已导入为 %s，与 %s「%s」%s（相似度 %.2f），已列入待处理的疑似重复 %s", pair.recordId(),
                            pair.otherId(), pair.otherTitle(), pair.exact() ? "内容相同" : "高度相似",
                            pair.similarity(), pair.id()), ReportLine.DUPLICATE));
        }
        batch.clear();
        pending.clear();
    }

    /** The batch in progress could not be stored: its rows count as rejected, so the report still adds up. */
    private void failBatch(RuntimeException e) {
        String reason = e instanceof StoreUnavailableException ? "存储失败，该行未保存：" + e.getMessage()
                : "导入中断，该行未保存";
        for (Row<T> row : batch) {
            reject(List.of(new RowProblem(row.number(), row.externalId(), WHOLE_ROW, null, reason)));
        }
        batch.clear();
        pending.clear();
    }

    private void line(ReportLine line) {
        report.add(line);
        job.preview(line);
    }
}
