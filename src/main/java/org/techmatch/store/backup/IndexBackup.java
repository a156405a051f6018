package org.techmatch.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.techmatch.backup.BackupManifest;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a backup directory: {@code index/} (the files of one Lucene commit), {@code imports/} (import reports
 * and job statuses, when that directory exists) and, last, {@code backup.json}. Used by the running service on a
 * pinned snapshot, and offline on the latest commit of an index nobody is writing.
 */
public final class IndexBackup {
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private IndexBackup() {
    }

    /** Copies commit (whose files are in indexDirectory and must stay there meanwhile) and importsDirectory. */
    public static BackupManifest write(IndexCommit commit, Path indexDirectory, Path importsDirectory, Path target,
                                       Instant now) throws IOException {
        if (!IndexFiles.isEmpty(target)) {
            throw new IllegalArgumentException("备份目录已存在且不为空：" + target.toAbsolutePath());
        }
        Files.createDirectories(target);
        Path indexCopy = target.resolve(BackupManifest.INDEX_DIR);
        List<BackupManifest.FileEntry> indexFiles = new ArrayList<>();
        for (String name : commit.getFileNames().stream().sorted().toList()) {
            indexFiles.add(new BackupManifest.FileEntry(name,
                    IndexFiles.copyDurably(indexDirectory.resolve(name), indexCopy.resolve(name))));
        }
        List<BackupManifest.FileEntry> importFiles = importsDirectory == null ? List.of()
                : IndexFiles.copyTree(importsDirectory, target.resolve(BackupManifest.IMPORTS_DIR));
        // Counting on the copy proves the copy opens, not only the original.
        Map<String, Integer> records = IndexFiles.countRecords(indexCopy);
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, now.toString(), commit.getGeneration(),
                records, records.values().stream().mapToInt(Integer::intValue).sum(), indexFiles, importFiles);
        Path temp = target.resolve(BackupManifest.FILE_NAME + ".tmp");
        JSON.writeValue(temp.toFile(), manifest);
        IndexFiles.fsync(temp, false);
        Files.move(temp, target.resolve(BackupManifest.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
        IndexFiles.fsync(indexCopy, true);
        IndexFiles.fsync(target, true);
        return manifest;
    }

    /**
     * Backs up an index no service is using: its latest commit, under the index's write lock so that nothing
     * can start writing meanwhile. A running service holds that lock: then back up through its API instead.
     */
    public static BackupManifest writeOffline(Path indexDirectory, Path importsDirectory, Path target, Instant now)
            throws IOException {
        if (!Files.isDirectory(indexDirectory)) {
            throw new IllegalArgumentException("no index at " + indexDirectory.toAbsolutePath());
        }
        try (FSDirectory directory = FSDirectory.open(indexDirectory);
             Lock lock = directory.obtainLock(IndexFiles.WRITE_LOCK)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalArgumentException("no index at " + indexDirectory.toAbsolutePath());
            }
            List<IndexCommit> commits = DirectoryReader.listCommits(directory);
            return write(commits.getLast(), indexDirectory, importsDirectory, target, now);
        } catch (LockObtainFailedException e) {
            throw new IllegalArgumentException("the index " + indexDirectory.toAbsolutePath()
                    + " is in use (is the service running?): back it up with --url instead", e);
        }
    }
}
