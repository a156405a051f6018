package org.techmatch.importing.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable side of import jobs, as files next to the reports: per job its record ({@code IMP-….job.json}: what
 * to read, as whom, and the last checkpoint), its report lines up to that checkpoint ({@code IMP-….lines.jsonl},
 * appended), the batch handed to the store but not checkpointed yet ({@code IMP-….batch.json}) and the kept upload
 * ({@code IMP-….upload}). Every file is fsynced before the step that relies on it; records are replaced by an
 * atomic rename, so a crash leaves the old or the new one, never half of one.
 */
final class ImportJournal {
    private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

    private final Path directory;
    private final JsonMapper json;

    ImportJournal(Path directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    Path upload(String id) {
        return directory.resolve(id + ".upload");
    }

    /** Uploads that never became a job (the service stopped while one was received): nothing refers to them. */
    int deletePartialUploads() {
        int deleted = 0;
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "upload-*.part")) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
                deleted++;
            }
        } catch (IOException e) {
            log.warn("Cannot clean the partial uploads of {}", directory, e);
        }
        return deleted;
    }

    /** The ids of every job with a record, oldest first (ids start with their time). */
    List<String> jobIds() {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return ids;
        }
        try (DirectoryStream<Path> records = Files.newDirectoryStream(directory, "IMP-*.job.json")) {
            for (Path record : records) {
                String name = record.getFileName().toString();
                ids.add(name.substring(0, name.length() - ".job.json".length()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ids.sort(null);
        return ids;
    }

    void write(JobRecord record) {
        replace(directory.resolve(record.status().id() + ".job.json"), json.writeValueAsBytes(record));
    }

    Optional<JobRecord> read(String id) {
        Path file = directory.resolve(id + ".job.json");
        return Files.isRegularFile(file) ? Optional.of(json.readValue(file.toFile(), JobRecord.class))
                : Optional.empty();
    }

    void writeStatus(ImportStatus status) {
        replace(directory.resolve(status.id() + ".json"), json.writeValueAsBytes(status));
    }

    void writeBatch(String id, PendingBatch batch) {
        replace(directory.resolve(id + ".batch.json"), json.writeValueAsBytes(batch));
    }

    Optional<PendingBatch> readBatch(String id) {
        Path file = directory.resolve(id + ".batch.json");
        return Files.isRegularFile(file) ? Optional.of(json.readValue(file.toFile(), PendingBatch.class))
                : Optional.empty();
    }

    void deleteBatch(String id) {
        delete(directory.resolve(id + ".batch.json"));
    }

    /** Appends report lines and forces them to disk. */
    void append(String id, List<ReportLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (ReportLine line : lines) {
            text.append(json.writeValueAsString(line)).append('\n');
        }
        try (FileChannel channel = FileChannel.open(linesFile(id), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(StandardCharsets.UTF_8.encode(text.toString()));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report lines of " + id, e);
        }
    }

    /** The first count report lines (those a checkpoint covers; any after them were written past it). */
    List<ReportLine> lines(String id, int count) {
        List<ReportLine> lines = new ArrayList<>();
        Path file = linesFile(id);
        if (!Files.isRegularFile(file) || count == 0) {
            return lines;
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (lines.size() < count && (line = reader.readLine()) != null) {
                lines.add(json.readValue(line, ReportLine.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Cuts the lines back to those a checkpoint covers, before a resumed job appends after them. */
    void keepLines(String id, int count) {
        List<ReportLine> kept = lines(id, count);
        delete(linesFile(id));
        append(id, kept);
    }

    void deleteLines(String id) {
        delete(linesFile(id));
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}", file, e);
        }
    }

    private Path linesFile(String id) {
        return directory.resolve(id + ".lines.jsonl");
    }

    /** Writes a temporary file, forces it, renames it over the target and forces the directory. */
    private void replace(Path target, byte[] content) {
        try {
            Files.createDirectories(directory);
            Path temp = target.resolveSibling(target.getFileName() + ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Makes a rename durable (on Linux a directory can be opened and forced; elsewhere this is skipped). */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // not supported on this platform: the rename is as durable as the file system makes it
        }
    }
}
