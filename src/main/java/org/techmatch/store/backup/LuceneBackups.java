package org.techmatch.store.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.techmatch.backup.BackupManifest;
import org.techmatch.backup.Backups;
import org.techmatch.store.DocumentStore;

/** Backups of the embedded Lucene index: a pinned commit's files copied while writers go on. */
@Component
public final class LuceneBackups implements Backups {
    private final DocumentStore store;

    /** @param store the running store, or null for the offline commands (backUp then refuses) */
    public LuceneBackups(DocumentStore store) {
        this.store = store;
    }

    /** For the commands that work on an index no service is using. */
    public static Backups offline() {
        return new LuceneBackups(null);
    }

    @Override
    public BackupManifest backUp(Path importsDirectory, Path target, Instant now) {
        if (store == null) {
            throw new IllegalStateException("no running store to back up: use backUpOffline");
        }
        return store.withSnapshot((commit, indexDirectory) ->
                IndexBackup.write(commit, indexDirectory, importsDirectory, target, now));
    }

    @Override
    public BackupManifest backUpOffline(Path indexDirectory, Path importsDirectory, Path target, Instant now)
            throws IOException {
        return IndexBackup.writeOffline(indexDirectory, importsDirectory, target, now);
    }

    @Override
    public BackupManifest verify(Path backup) {
        return BackupVerifier.verify(backup);
    }

    @Override
    public Restored restore(Path backup, Path index, Path importsDirectory, boolean force, Clock clock)
            throws IOException {
        return IndexRestore.restore(backup, index, importsDirectory, force, clock);
    }

    @Override
    public boolean isEmpty(Path directory) throws IOException {
        return IndexFiles.isEmpty(directory);
    }
}
