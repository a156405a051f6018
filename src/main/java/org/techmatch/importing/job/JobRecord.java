package org.techmatch.importing.job;

import org.techmatch.catalog.Viewer;

/**
 * What survives of a job across a restart: its status as of the last checkpoint, what it reads and as whom, and
 * where to go on from.
 *
 * @param status    the status and counts as of the checkpoint
 * @param format    the detected format (an {@link ImportFormat} name)
 * @param source    the file read: the kept upload of an API import, the command's own file otherwise
 * @param keptUpload whether source is an upload the job owns (deleted when the job finishes or is discarded)
 * @param starter   whom the rows are written for (null: the system)
 * @param position  rows of the source whose outcome is stored and reported; a resumed job reads on after them
 * @param lines     report lines written up to the checkpoint
 */
record JobRecord(ImportStatus status, String format, String source, boolean keptUpload, Viewer starter,
                 int position, int lines) {
    JobRecord with(ImportStatus next, int nextPosition, int nextLines) {
        return new JobRecord(next, format, source, keptUpload, starter, nextPosition, nextLines);
    }

    JobRecord with(ImportStatus next) {
        return new JobRecord(next, format, source, keptUpload, starter, position, lines);
    }
}
