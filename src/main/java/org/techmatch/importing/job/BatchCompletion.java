package org.techmatch.importing.job;

import java.util.ArrayList;
import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Viewer;
import org.techmatch.duplicates.DuplicatePair;
import org.techmatch.duplicates.DuplicateService;

/**
 * What follows a batch's commit, for the running job and for a start that finds a batch stored just before a
 * crash alike: the batch's duplicate flags are stored and reported, the job's counts move on and its checkpoint is
 * written (after the flags, so a checkpoint never covers a batch whose flags are missing).
 */
final class BatchCompletion<T extends CatalogRecord> {
    private static final String WHOLE_ROW = "（整行）";

    private final ImportJob job;
    private final LibraryService<T> library;
    private final DuplicateService duplicates;
    private final JobCheckpoints checkpoints;
    /** Whom the rows are written for; null: the system. */
    private final Viewer starter;
    /**
     * Completing a batch found stored after a crash: its flags may have been stored too, just before the crash cut
     * off the checkpoint, and are then taken as they are rather than raised twice.
     */
    private final boolean afterCrash;

    BatchCompletion(ImportJob job, LibraryService<T> library, DuplicateService duplicates,
                    JobCheckpoints checkpoints, boolean afterCrash) {
        this.afterCrash = afterCrash;
        this.job = job;
        this.library = library;
        this.duplicates = duplicates;
        this.checkpoints = checkpoints;
        this.starter = job.startedBy();
    }

    /**
     * A stored batch's end: its duplicate flags are stored and reported, the job's counts move on and the
     * checkpoint is written. Also how a batch stored just before a crash is completed on the next start.
     *
     * @param ids the stored id of each of the batch's rows
     */
    void finish(PendingBatch done, List<String> ids) {
        job.created.addAndGet(ids.size());
        List<DuplicatePair> flags = new ArrayList<>();
        List<PendingBatch.NewRow> flagged = new ArrayList<>();
        for (int i = 0; i < done.rows().size(); i++) {
            PendingBatch.SimilarTo similar = done.rows().get(i).similar();
            if (similar != null) {
                String other = similar.otherId() != null ? similar.otherId() : ids.get(similar.otherRow());
                flags.add(new DuplicatePair(null, 0, null, library.kind().type(), ids.get(i), done.rows().get(i).title(),
                        other, similar.otherTitle(), Math.round(similar.similarity() * 1000) / 1000.0,
                        similar.exact(), job.id(), null, null, null));
                flagged.add(done.rows().get(i));
            }
        }
        List<DuplicatePair> stored = afterCrash ? flagOnce(flags) : duplicates.flagAll(flags);
        List<ReportLine> flagLines = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            DuplicatePair pair = stored.get(i);
            job.duplicates.incrementAndGet();
            ReportLine line = new ReportLine(flagged.get(i).number(), flagged.get(i).externalId(), WHOLE_ROW,
                    pair.otherId(), String.format("已导入为 %s，与 %s%s%s（相似度 %.2f），已列入待处理的疑似重复 %s",
                    pair.recordId(), pair.otherId(), titleFor(pair.otherId(), pair.otherTitle()),
                    pair.exact() ? "内容相同" : "高度相似", pair.similarity(), pair.id()), ReportLine.DUPLICATE);
            job.preview(line);
            flagLines.add(line);
        }
        PendingBatch.Counts before = done.counts();
        List<ReportLine> lines = new ArrayList<>(done.lines());
        lines.addAll(flagLines);
        checkpoints.reached(done.position(), new PendingBatch.Counts(before.read(), before.created() + ids.size(),
                before.updated(), before.unchanged(), before.rejected(), before.duplicates() + stored.size()), lines);
    }

    /** The flags stored for this job before the crash, in order, and the others stored now. */
    private List<DuplicatePair> flagOnce(List<DuplicatePair> flags) {
        List<DuplicatePair> already = new ArrayList<>();
        List<DuplicatePair> missing = new ArrayList<>();
        for (DuplicatePair flag : flags) {
            duplicates.pairs().findBy("recordIds", flag.recordId()).stream()
                    .filter(pair -> job.id().equals(pair.importId()) && flag.recordId().equals(pair.recordId()))
                    .findFirst().ifPresentOrElse(already::add, () -> missing.add(flag));
        }
        if (already.isEmpty()) {
            return duplicates.flagAll(flags);
        }
        // one batch's flags are stored with one commit: all of them or none
        return missing.isEmpty() ? already : duplicates.flagAll(flags);
    }

    /** 「title」 of the record a row resembles, if the user who started the import may read it. */
    private String titleFor(String id, String title) {
        boolean readable = starter == null
                || library.lookup(id).map(record -> library.mayRead(starter, record)).orElse(false);
        return readable ? "「" + title + "」" : "";
    }

}
