package org.techmatch.store.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.techmatch.backup.BackupManifest;
import org.techmatch.store.FieldNames;

/** File work shared by backup and restore: durable copies and counting the records of an index on disk. */
final class IndexFiles {
    static final String WRITE_LOCK = "write.lock";

    private IndexFiles() {
    }

    /** Copies one file and forces it to disk, so a backup reported as written survives a power cut. */
    static long copyDurably(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        fsync(to, false);
        return Files.size(to);
    }

    static void fsync(Path path, boolean directory) throws IOException {
        try (FileChannel channel = FileChannel.open(path, directory ? StandardOpenOption.READ
                : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e; // some file systems cannot open a directory for fsync; files must succeed
            }
        }
    }

    /** Copies a directory tree, skipping files that disappear meanwhile (an import job deleting its upload). */
    static List<BackupManifest.FileEntry> copyTree(Path from, Path to) throws IOException {
        List<BackupManifest.FileEntry> copied = new ArrayList<>();
        if (!Files.isDirectory(from)) {
            return copied;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = from.relativize(file).toString().replace('\\', '/');
            try {
                copied.add(new BackupManifest.FileEntry(name, copyDurably(file, to.resolve(name))));
            } catch (NoSuchFileException gone) {
                // removed since the listing: it was not part of what the service keeps
            }
        }
        return copied;
    }

    /** True when the directory is absent or holds nothing but a lock file. */
    static boolean isEmpty(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return !Files.exists(directory);
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(WRITE_LOCK));
        }
    }

    /** Live records per type in the index at directory (its latest commit). */
    static Map<String, Integer> countRecords(Path directory) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (FSDirectory dir = FSDirectory.open(directory); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(FieldNames.TYPE);
                if (terms == null) {
                    continue;
                }
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    counts.putIfAbsent(term.utf8ToString(), 0);
                }
            }
            for (String type : counts.keySet()) {
                counts.put(type, searcher.count(new TermQuery(new Term(FieldNames.TYPE, type))));
            }
        }
        return counts;
    }
}
