package org.techmatch.ops;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.techmatch.store.DocumentStore;

/**
 * What the index looks like from outside the store, read through its public face and its directory: whether it
 * answers and can be written, the free disk space under it, when it last committed (the newest commit point's
 * file), and how long its searchers have shown the same state.
 */
final class IndexState {
    private final DocumentStore store;
    private final Clock clock;
    private long generation = Long.MIN_VALUE;
    private Instant changedAt;

    IndexState(DocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.changedAt = clock.instant();
    }

    Path path() {
        return store.path().toAbsolutePath();
    }

    /**
     * The generation the searchers show, which changes with every refresh that shows new writes; throws when the
     * store is closed. Read without refreshing: a health probe or the sampler must not flush a segment.
     */
    long generation() {
        return store.visibleGeneration();
    }

    boolean writable() {
        try {
            return Files.isDirectory(path()) && Files.isWritable(path()) && !Files.getFileStore(path()).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    long freeBytes() {
        try {
            FileStore disk = Files.getFileStore(path());
            return disk.getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Refreshes that have shown new writes since the start. */
    double refreshes() {
        return store.refreshCount();
    }

    /** Bytes in the store's write-ahead log. */
    double logBytes() {
        return store.logBytes();
    }

    /** When the last commit point was written (Lucene writes a new segments_N file per commit). */
    Optional<Instant> lastCommit() {
        Instant newest = null;
        try (DirectoryStream<Path> commits = Files.newDirectoryStream(path(), "segments_*")) {
            for (Path commit : commits) {
                Instant at = Files.getLastModifiedTime(commit).toInstant();
                newest = newest == null || at.isAfter(newest) ? at : newest;
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(newest);
    }

    /** Seconds since the last commit, or -1 when there is none yet. */
    double commitAgeSeconds() {
        return lastCommit().map(at -> Duration.between(at, clock.instant()).toMillis() / 1000.0).orElse(-1.0);
    }

    /**
     * Seconds since the searchers last showed a new state (a refresh after a write), as sampled by
     * {@link #sample()}: grows while nothing is written, and while written records are not yet visible.
     */
    synchronized double searcherAgeSeconds() {
        sample();
        return Duration.between(changedAt, clock.instant()).toMillis() / 1000.0;
    }

    /** Notes a change of generation; called every second and on every read of the age. */
    @Scheduled(fixedDelay = 1000)
    synchronized void sample() {
        long now = generation();
        if (now != generation) {
            generation = now;
            changedAt = clock.instant();
        }
    }
}
