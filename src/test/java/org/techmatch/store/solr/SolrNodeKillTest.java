package org.techmatch.store.solr;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.techmatch.search.IndexAnalyzer;
import org.techmatch.solrcloud.SolrCloudHarness;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.StaleVersionException;
import org.techmatch.store.StoreUnavailableException;
import org.techmatch.store.StoredRecord;
import org.techmatch.text.TextAnalysis;

/**
 * A node's JVM is killed (kill -9) while writers create and update records on a 2 shards × 2 replicas collection
 * with min_rf 2: after the node returns, every write that was acknowledged is there, at its acknowledged version or
 * a later one this test also wrote; writes refused meanwhile were never acknowledged.
 */
class SolrNodeKillTest {
    /** Enough that requests timing out while the node is gone can starve a client's pool (4 seldom did here). */
    private static final int WRITERS = 16;
    private static final String WRITER_THREAD = "kill-writer-";
    /** Longer than any one write may take (its request timeout, a read after a refusal and a 200-ms pause). */
    private static final Duration WRITER_STOP = Duration.ofMinutes(2);

    // A thread of its own: a hang an interrupt cannot end still fails this test in time instead of holding the build.
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killingANodeDuringConcurrentWritesLosesNoAcknowledgedWrite() throws Exception {
        try (SolrCloudHarness cluster = SolrCloudHarness.builder().nodes(2).processPerNode().start()) {
            SolrProperties properties = new SolrProperties(cluster.zkHost(), "kill", 2, 2, 2, 1_000, 10_000L);
            SolrCollections.create(properties);
            IndexAnalyzer analyzer = new IndexAnalyzer(TextAnalysis.load());
            Map<String, Long> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger refused = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger threadNumber = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(WRITERS,
                    task -> new Thread(task, WRITER_THREAD + threadNumber.incrementAndGet()));
            try (SolrRecordStore store = new SolrRecordStore(properties, analyzer)) {
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(threads.submit(() -> {
                        for (int n = 1; running.get(); n++) {
                            String id = String.format("K%d-%06d", writer, n);
                            for (long version = 1; version <= 2 && running.get(); ) {
                                try {
                                    store.write(record(id, version));
                                    acknowledged.put(id, version);
                                    version++;
                                } catch (StoreUnavailableException e) {
                                    // not acknowledged: tried again (the refused attempt may still have been applied)
                                    refused.incrementAndGet();
                                    Thread.sleep(200);
                                } catch (StaleVersionException e) {
                                    // a refused attempt may have been applied after all (the README says a write
                                    // refused for min_rf may still appear), on some replicas first: the writer goes
                                    // on from what is stored, which is never ahead of its own attempts, and such a
                                    // write is not counted as acknowledged
                                    // (while a replica recovers, a read may even come from one that lacks the
                                    // record or has a different internal version of it: the writer tries again)
                                    long attempted = version;
                                    StoredRecord stored = store.get(id).orElse(null);
                                    long storedVersion = stored == null ? 0 : stored.version();
                                    assertThat(storedVersion).as("version of %s after a refused attempt", id)
                                            .isLessThanOrEqualTo(attempted);
                                    if (storedVersion == attempted) {
                                        version++;
                                    } else {
                                        Thread.sleep(200);
                                    }
                                }
                            }
                        }
                        return null;
                    }));
                }
                Thread.sleep(3_000);
                int beforeKill = acknowledged.size();
                cluster.stopNode(1);
                Thread.sleep(5_000);
                cluster.startNode(1);
                int atReturn = acknowledged.size();
                Thread.sleep(15_000); // the returning replicas recover and writes are acknowledged again
                running.set(false);
                for (Future<?> writer : writers) {
                    try {
                        writer.get(WRITER_STOP.toSeconds(), TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        throw new AssertionError("a writer did not stop within " + WRITER_STOP
                                + " (each request has a 10-s timeout); the writers now:\n" + writerStacks());
                    }
                }
                System.out.printf("kill test: %d writes acknowledged (%d before the kill, %d when the node returned),"
                        + " %d refused while a replica was missing%n", acknowledged.size(), beforeKill, atReturn,
                        refused.get());
                assertThat(beforeKill).isPositive();
                assertThat(acknowledged.size()).as("writes acknowledged after the node returned").isGreaterThan(atReturn);
                assertThat(refused.get()).as("writes refused while a replica was missing").isPositive();
            } finally {
                threads.shutdownNow();
            }

            try (SolrRecordStore reader = new SolrRecordStore(properties, analyzer)) {
                for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                    StoredRecord stored = reader.get(ack.getKey()).orElse(null);
                    assertThat(stored).as(ack.getKey()).isNotNull();
                    assertThat(stored.version()).as(ack.getKey()).isGreaterThanOrEqualTo(ack.getValue());
                    assertThat(new String(stored.source(), UTF_8)).contains("\"v\":" + stored.version());
                }
                assertThat(reader.count("kill")).isGreaterThanOrEqualTo(acknowledged.size());
            }
        }
    }

    /** Where each writer thread is, for a failure that says what it waited for. */
    private static String writerStacks() {
        StringBuilder stacks = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            if (thread.getName().startsWith(WRITER_THREAD)
                    || Arrays.stream(frames).anyMatch(SolrNodeKillTest::inClient)) {
                stacks.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                for (StackTraceElement frame : frames) {
                    stacks.append("    at ").append(frame).append('\n');
                }
            }
        });
        return stacks.toString();
    }

    /** A frame of SolrJ or of the JDK's HTTP client: the threads a writer may be waiting for. */
    private static boolean inClient(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.startsWith("org.apache.solr.") || type.startsWith("jdk.internal.net.http.");
    }

    private static IndexedRecord record(String id, long version) {
        byte[] source = ("{\"id\":\"" + id + "\",\"v\":" + version + "}").getBytes(UTF_8);
        return new IndexedRecord(new StoredRecord(id, "kill", version, source), new IndexedFields().exact("w", id));
    }
}
