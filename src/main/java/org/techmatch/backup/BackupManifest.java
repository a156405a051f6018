package org.techmatch.backup;

import java.util.List;
import java.util.Map;

/**
 * What a backup holds, written as {@code backup.json} after every file is copied: a backup without it is
 * unfinished. The file list (names and sizes) lets a restore notice a missing or truncated file before Lucene does.
 *
 * @param format           layout version of the backup directory
 * @param createdAt        when the snapshot was taken (ISO-8601, UTC)
 * @param commitGeneration the Lucene commit the backup copies
 * @param records          live records per type ({@code achievement}, {@code demand} …)
 * @param totalRecords     their sum
 * @param indexFiles       the commit's files under {@code index/}
 * @param importFiles      files of the imports directory under {@code imports/} (reports, job statuses)
 */
public record BackupManifest(int format, String createdAt, long commitGeneration, Map<String, Integer> records,
                             int totalRecords, List<FileEntry> indexFiles, List<FileEntry> importFiles) {
    public static final int FORMAT = 1;
    public static final String FILE_NAME = "backup.json";
    public static final String INDEX_DIR = "index";
    public static final String IMPORTS_DIR = "imports";

    /** A copied file, by its path relative to its directory in the backup, and its size. */
    public record FileEntry(String name, long bytes) {
    }
}
