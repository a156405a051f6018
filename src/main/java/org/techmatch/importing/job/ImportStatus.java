package org.techmatch.importing.job;

import java.time.Instant;
import java.util.List;

/**
 * An import's progress or outcome as the API and the command show it. {@code read = accepted + rejected} once
 * the job has finished (and between batches while it runs); accepted = created + updated + unchanged.
 *
 * @param startedBy  the account that started the import (null: the system, from the command line); its rows were
 *                   written as that user, under the same ownership rules as the REST endpoints
 * @param duplicates rows flagged as suspected duplicates of another record, one per pair listed under the import
 *                   (a repeat of an earlier row of the same file is a rejected row, counted there)
 * @param report     where the row-level XLSX report is downloaded, once the job has finished
 * @param problems   the first report lines, for a quick look
 * @param resumable  an interrupted job whose upload is kept: POST /api/imports/{id}/resume reads on after the rows
 *                   it stored
 */
public record ImportStatus(String id, String library, String file, String startedBy, String format, String status,
                           int read,
                           int accepted, int created, int updated, int unchanged, int rejected, int duplicates,
                           Instant createdAt, Instant startedAt, Instant finishedAt, Double seconds, String error,
                           String report, List<ReportLine> problems, boolean resumable) {
}
