package org.techmatch.importing.job;

import java.util.List;

/**
 * Makes a job's progress durable as it goes: a batch is written down before the store is asked to store it, and
 * once it is stored and its duplicate flags are, the report lines up to it are appended and the job's record moves
 * its checkpoint (position, counts, lines) forward, in that order. After a crash the record says which rows are
 * done; lines written past it are cut off, and a batch written down past it is completed or dropped.
 */
final class JobCheckpoints {
    private final ImportJournal journal;
    private final ImportJob job;
    private JobRecord record;

    JobCheckpoints(ImportJournal journal, ImportJob job, JobRecord record) {
        this.journal = journal;
        this.job = job;
        this.record = record;
    }

    JobRecord record() {
        return record;
    }

    int position() {
        return record.position();
    }

    void cut(PendingBatch batch) {
        journal.writeBatch(job.id(), batch);
    }

    /** Rows up to position are stored and reported: lines first, then the record that counts them. */
    void reached(int position, PendingBatch.Counts counts, List<ReportLine> lines) {
        journal.append(job.id(), lines);
        record = record.with(job.snapshotAt(counts), position, record.lines() + lines.size());
        journal.write(record);
        journal.deleteBatch(job.id());
    }

    /** The job ended (done, cancelled, failed or interrupted): lines not checkpointed yet are kept too. */
    void ended(ImportStatus status, List<ReportLine> rest, boolean resumable) {
        journal.append(job.id(), rest);
        record = new JobRecord(status, record.format(), resumable ? record.source() : null,
                resumable && record.keptUpload(), record.starter(), record.position(), record.lines() + rest.size());
        journal.write(record);
        journal.deleteBatch(job.id());
    }
}
