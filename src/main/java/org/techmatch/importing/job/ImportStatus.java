package org.techmatch.importing.job;

import java.time.Instant;
import java.util.List;

/**
 * An import's progress or outcome as the API and the command show it. {@code read = accepted + rejected} once
 * the job has finished (and between batches while it runs); accepted = created + updated + unchanged.
 *
 * @param duplicates rows flagged as suspected duplicates of another record, plus rows rejected as repeats of an
 *                   earlier row of the same file
 * @param report     where the row-level XLSX report is downloaded, once the job has finished
 * @param problems   the first report lines, for a quick look
 */
public record ImportStatus(String id, String library, String file, String format, String status, int read,
                           int accepted, int created, int updated, int unchanged, int rejected, int duplicates,
                           Instant createdAt, Instant startedAt, Instant finishedAt, Double seconds, String error,
                           String report, List<ReportLine> problems) {
}
