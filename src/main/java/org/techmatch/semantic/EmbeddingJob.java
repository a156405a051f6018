package org.techmatch.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techmatch.catalog.Libraries;
import org.techmatch.store.RecordStore;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.StoredRecord;

/**
 * Computes the vectors of records that have none, off the request path. A write replaces a record's
 * document without a vector, so the job simply keeps looking for documents lacking one. Each vector is
 * written under the record's lock and only if the record has not changed since its text was read, so a
 * vector never describes an older version.
 */
public final class EmbeddingJob implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddingJob.class);
    private static final long IDLE_WAIT_MS = 2_000;

    private final RecordStore store;
    private final Libraries libraries;
    private final TextEmbedder embedder;
    private final SemanticProperties properties;
    private final AtomicLong embedded = new AtomicLong();
    private volatile double perSecond;
    private volatile String lastError;
    private volatile Thread worker;
    private volatile boolean stopping;

    public EmbeddingJob(RecordStore store, Libraries libraries, TextEmbedder embedder,
                        SemanticProperties properties) {
        this.store = store;
        this.libraries = libraries;
        this.embedder = embedder;
        this.properties = properties;
    }

    /** Starts the background thread (the service); commands call {@link #runUntilDone()} instead. */
    public synchronized void start() {
        if (!properties.isEnabled() || worker != null) {
            return;
        }
        Thread thread = new Thread(this::loop, "embedding-job");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /** Embeds every pending record in the calling thread; returns how many vectors were written. */
    public long runUntilDone() {
        long before = embedded.get();
        while (!stopping && step() > 0) {
            // keep going until nothing is pending
        }
        return embedded.get() - before;
    }

    public EmbeddingStatus status() {
        return new EmbeddingStatus(properties.isEnabled(), TextEmbedder.MODEL, worker != null && !stopping,
                properties.isEnabled() ? pendingCount() : 0, embedded.get(), perSecond, lastError);
    }

    public long pendingCount() {
        List<String> types = libraries.embeddedTypes();
        return types.isEmpty() ? 0 : store.countLacking(types, VectorFields.VECTOR);
    }

    private void loop() {
        while (!stopping) {
            try {
                if (step() == 0) {
                    Thread.sleep(IDLE_WAIT_MS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A failing batch must not stop the job for good; the records stay pending and are retried.
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.warn("embedding step failed", e);
                try {
                    Thread.sleep(IDLE_WAIT_MS * 5);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Embeds one batch of pending records; returns the batch size (0 when nothing is pending). */
    int step() {
        List<String> types = libraries.embeddedTypes();
        if (types.isEmpty()) {
            return 0;
        }
        List<StoredRecord> batch = store.lacking(types, VectorFields.VECTOR, properties.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        List<String> texts = batch.stream().map(libraries::semanticText).toList();
        List<float[]> vectors = embedder.embedAll(texts);
        writeVectors(batch, vectors);
        embedded.addAndGet(batch.size());
        perSecond = batch.size() / ((System.nanoTime() - started) / 1e9);
        lastError = null;
        return batch.size();
    }

    /** One commit for the batch, under the locks of all its ids, skipping records changed since they were read. */
    private void writeVectors(List<StoredRecord> batch, List<float[]> vectors) {
        store.lockedAll(batch.stream().map(StoredRecord::id).toList(), () -> {
            List<IndexedRecord> docs = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                StoredRecord read = batch.get(i);
                Optional<StoredRecord> current = store.get(read.id());
                if (current.isPresent() && current.get().version() == read.version()) {
                    IndexedRecord doc = libraries.remap(current.get());
                    VectorFields.add(doc.fields(), vectors.get(i));
                    docs.add(doc);
                }
            }
            store.writeAll(docs);
            return null;
        });
    }

    @Override
    public void close() {
        stopping = true;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
