package org.techmatch.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Backups of the store, whatever engine keeps it: the seam the backup service and the commands use. The embedded
 * index implements it ({@link org.techmatch.store.backup.LuceneBackups}); a remote engine would use its own
 * snapshots behind the same calls.
 */
public interface Backups {
    /**
     * Backs up the running store while requests go on being served: a consistent snapshot holding every
     * acknowledged write, then the imports directory (null for none); {@code backup.json} is written last.
     */
    BackupManifest backUp(Path importsDirectory, Path target, Instant now);

    /** Backs up a store no service is using (refused while one holds it). */
    BackupManifest backUpOffline(Path indexDirectory, Path importsDirectory, Path target, Instant now)
            throws IOException;

    /** Checks a backup before anything is touched; throws {@link BackupInvalidException} saying what is wrong. */
    BackupManifest verify(Path backup);

    /**
     * Puts a verified backup in place of an index while no service runs; the current index is moved aside (never
     * deleted), and only with force when it is not empty.
     */
    Restored restore(Path backup, Path index, Path importsDirectory, boolean force, Clock clock) throws IOException;

    /** True when the directory is absent or holds nothing a backup or index could be (a lock file at most). */
    boolean isEmpty(Path directory) throws IOException;

    /**
     * @param manifest        what was restored
     * @param restoredRecords live records per type in the index now in place
     * @param keptIndex       where the previous index was moved, or null when there was none
     * @param keptImports     where the previous imports directory was moved, or null
     */
    record Restored(BackupManifest manifest, Map<String, Integer> restoredRecords, Path keptIndex, Path keptImports) {
    }
}
