package org.techmatch.store.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.techmatch.backup.BackupInvalidException;
import org.techmatch.backup.BackupManifest;

/**
 * Decides whether a backup may be restored, before anything is touched: the manifest is there (so the copy
 * finished), every listed file is present with its size, Lucene's CheckIndex finds every segment intact
 * (checksums included), and the record counts are those the manifest promised.
 */
public final class BackupVerifier {
    private BackupVerifier() {
    }

    public static BackupManifest verify(Path backup) {
        Path manifestFile = backup.resolve(BackupManifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            throw new BackupInvalidException(backup.toAbsolutePath() + " is not a complete backup: "
                    + BackupManifest.FILE_NAME + " is missing (the backup was not finished, or this is another directory)");
        }
        BackupManifest manifest;
        try {
            manifest = IndexBackup.JSON.readValue(manifestFile.toFile(), BackupManifest.class);
        } catch (RuntimeException e) {
            throw new BackupInvalidException(manifestFile.toAbsolutePath() + " cannot be read: " + e.getMessage(), e);
        }
        if (manifest.format() != BackupManifest.FORMAT || manifest.indexFiles() == null
                || manifest.indexFiles().isEmpty()) {
            throw new BackupInvalidException(manifestFile.toAbsolutePath() + " is not a backup manifest of format "
                    + BackupManifest.FORMAT);
        }
        Path index = backup.resolve(BackupManifest.INDEX_DIR);
        checkSizes(index, manifest.indexFiles(), "index");
        if (manifest.importFiles() != null) {
            checkSizes(backup.resolve(BackupManifest.IMPORTS_DIR), manifest.importFiles(), "imports");
        }
        checkIndex(index);
        Map<String, Integer> counted;
        try {
            counted = IndexFiles.countRecords(index);
        } catch (IOException | RuntimeException e) {
            throw new BackupInvalidException("the backup's index cannot be opened: " + e.getMessage(), e);
        }
        if (!counted.equals(manifest.records())) {
            throw new BackupInvalidException("the backup's index holds " + counted + " records, its manifest says "
                    + manifest.records());
        }
        return manifest;
    }

    private static void checkSizes(Path directory, java.util.List<BackupManifest.FileEntry> files, String label) {
        for (BackupManifest.FileEntry file : files) {
            Path path = directory.resolve(file.name()).normalize();
            if (!path.startsWith(directory.normalize())) {
                throw new BackupInvalidException("the manifest names a file outside the backup: " + file.name());
            }
            try {
                if (!Files.isRegularFile(path)) {
                    throw new BackupInvalidException("the backup is incomplete: " + label + "/" + file.name()
                            + " is missing");
                }
                long size = Files.size(path);
                if (size != file.bytes()) {
                    throw new BackupInvalidException("the backup is damaged: " + label + "/" + file.name() + " has "
                            + size + " bytes, the manifest says " + file.bytes());
                }
            } catch (IOException e) {
                throw new BackupInvalidException("cannot read " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /** CheckIndex without taking a lock: a backup is read, never written, and may sit on a read-only medium. */
    private static void checkIndex(Path index) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (FSDirectory directory = FSDirectory.open(index, NoLockFactory.INSTANCE);
             CheckIndex checker = new CheckIndex(directory, NoLockFactory.INSTANCE.obtainLock(directory,
                     IndexFiles.WRITE_LOCK))) {
            checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = checker.checkIndex();
            if (!status.clean) {
                throw new BackupInvalidException("the backup's index is corrupt (Lucene CheckIndex: "
                        + firstProblem(log.toString(StandardCharsets.UTF_8)) + ")");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackupInvalidException invalid) {
                throw invalid;
            }
            throw new BackupInvalidException("the backup's index is corrupt or incomplete (" + e + ")", e);
        }
    }

    private static String firstProblem(String log) {
        return log.lines().filter(l -> l.contains("FAILED") || l.contains("ERROR") || l.contains("broken"))
                .findFirst().map(String::strip).orElse("segments failed the check");
    }
}
