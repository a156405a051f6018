package org.techmatch.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.techmatch.backup.BackupInvalidException;
import org.techmatch.backup.BackupManifest;
import org.techmatch.backup.Backups;

/**
 * Puts a verified backup in place of an index while no service runs. The backup is checked first and copied
 * next to the target; only then is the current index moved aside (never deleted) and the copy moved in, so a
 * refused or failed restore leaves the current index as it was.
 */
public final class IndexRestore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private IndexRestore() {
    }

    public static Backups.Restored restore(Path backup, Path index, Path imports, boolean force, Clock clock)
            throws IOException {
        BackupManifest manifest = BackupVerifier.verify(backup);
        boolean hadIndex = !IndexFiles.isEmpty(index);
        if (hadIndex && !force) {
            throw new IllegalArgumentException("the index " + index.toAbsolutePath() + " is not empty; pass --force "
                    + "to replace it (the current index is then kept as " + index.getFileName() + ".before-restore-…)");
        }
        String stamp = STAMP.format(clock.instant());
        Path staged = sibling(index, ".restoring-" + stamp);
        Path stagedImports = null;
        try (java.io.Closeable lock = lockIfPresent(index)) {
            copyIndex(backup.resolve(BackupManifest.INDEX_DIR), staged, manifest);
            if (imports != null && manifest.importFiles() != null && !manifest.importFiles().isEmpty()) {
                stagedImports = sibling(imports, ".restoring-" + stamp);
                IndexFiles.copyTree(backup.resolve(BackupManifest.IMPORTS_DIR), stagedImports);
            }
            Map<String, Integer> counted = IndexFiles.countRecords(staged);
            if (!counted.equals(manifest.records())) {
                throw new BackupInvalidException("the copied index holds " + counted + " records, the backup "
                        + manifest.records());
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staged);
            deleteQuietly(stagedImports);
            throw e;
        }
        Path keptIndex = hadIndex ? swap(index, staged, stamp) : moveIn(index, staged);
        Path keptImports = null;
        if (stagedImports != null) {
            keptImports = IndexFiles.isEmpty(imports) ? moveIn(imports, stagedImports)
                    : swap(imports, stagedImports, stamp);
        }
        return new Backups.Restored(manifest, IndexFiles.countRecords(index), keptIndex, keptImports);
    }

    /** Fails when a running service holds the index; holds the lock while the backup is staged. */
    private static java.io.Closeable lockIfPresent(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return () -> { };
        }
        FSDirectory directory = FSDirectory.open(index);
        try {
            org.apache.lucene.store.Lock lock = directory.obtainLock(IndexFiles.WRITE_LOCK);
            return () -> {
                lock.close();
                directory.close();
            };
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IllegalArgumentException("the index " + index.toAbsolutePath() + " is in use: stop the "
                    + "service before restoring", e);
        }
    }

    private static void copyIndex(Path from, Path to, BackupManifest manifest) throws IOException {
        Files.createDirectories(to);
        for (BackupManifest.FileEntry file : manifest.indexFiles()) {
            IndexFiles.copyDurably(from.resolve(file.name()), to.resolve(file.name()));
        }
        IndexFiles.fsync(to, true);
    }

    private static Path swap(Path current, Path staged, String stamp) throws IOException {
        Path kept = sibling(current, ".before-restore-" + stamp);
        Files.move(current, kept, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staged, current, StandardCopyOption.ATOMIC_MOVE);
        IndexFiles.fsync(current.toAbsolutePath().getParent(), true);
        return kept;
    }

    private static Path moveIn(Path current, Path staged) throws IOException {
        if (Files.isDirectory(current)) {
            // only a lock file, or nothing: an empty directory makes way
            Files.deleteIfExists(current.resolve(IndexFiles.WRITE_LOCK));
            Files.delete(current);
        }
        Files.createDirectories(current.toAbsolutePath().getParent());
        Files.move(staged, current, StandardCopyOption.ATOMIC_MOVE);
        IndexFiles.fsync(current.toAbsolutePath().getParent(), true);
        return null;
    }

    private static Path sibling(Path path, String suffix) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (var walk = Files.walk(directory)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException ignored) {
                    // a leftover staging directory is harmless and named as such
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
