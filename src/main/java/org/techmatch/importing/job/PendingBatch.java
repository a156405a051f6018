package org.techmatch.importing.job;

import java.util.List;

/**
 * A batch handed to the store and not checkpointed yet, written before the store is asked: if the service stops
 * after the batch's commit but before its checkpoint, the next start finds the batch stored (its first row's key is
 * in the index) and completes it from here, duplicate flags included; if it was not stored, it is dropped and its
 * rows are read again on resume.
 *
 * @param position rows of the source read when the batch was cut: the checkpoint it leads to
 * @param counts   the job's counts at that point, before this batch's created rows and flags
 * @param lines    report lines of the rows read since the previous checkpoint (rejected, updated, unchanged...)
 * @param rows     the batch's new rows, in order
 */
record PendingBatch(int position, Counts counts, List<ReportLine> lines, List<NewRow> rows) {
    /** The counts of a job, as the status shows them. */
    record Counts(int read, int created, int updated, int unchanged, int rejected, int duplicates) {
    }

    /**
     * One new row and how to find its record once stored.
     *
     * @param keyField   an exact stored field that identifies the record: its source key or its content hash
     * @param similar    the record it resembles, if any
     */
    record NewRow(int number, String externalId, String keyField, String keyValue, String title,
                  SimilarTo similar) {
    }

    /**
     * A suspected duplicate: a stored record (otherId) or an earlier row of the same batch (otherRow, its index in
     * rows), whose id is known only once the batch is stored.
     */
    record SimilarTo(String otherId, Integer otherRow, String otherTitle, double similarity, boolean exact) {
    }
}
