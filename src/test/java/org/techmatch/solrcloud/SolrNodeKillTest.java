package org.techmatch.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.techmatch.search.IndexAnalyzer;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.StoredRecord;
import org.techmatch.store.solr.SolrCollections;
import org.techmatch.store.solr.SolrProperties;
import org.techmatch.store.solr.SolrRecordStore;
import org.techmatch.text.TextAnalysis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's crash test: writers keep updating records of a 2 shards x 2 replicas collection while a node's JVM is
 * killed with SIGKILL and started again; every write the store acknowledged (min_rf 2) is then there at its
 * acknowledged version with its source — read through the cluster, and again after the other node is killed too,
 * from the node that was killed and came back alone.
 */
class SolrNodeKillTest {
    private static final int WRITERS = 4;
    private static final int IDS_PER_WRITER = 20;

    private final Map<String, StoredRecord> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgedWrites = new AtomicInteger();
    private final AtomicInteger refusedWrites = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();

    @Test
    void everyAcknowledgedWriteSurvivesTheKillOfEitherNode() throws Exception {
        try (SolrCloudHarness cluster = SolrCloudHarness.builder().nodes(2).processPerNode().start()) {
            SolrProperties properties = new SolrProperties(cluster.zkHost(), "killtest", 2, 2, 2, 1000, 10_000L);
            SolrCollections.create(properties);
            try (SolrRecordStore store = new SolrRecordStore(properties, new IndexAnalyzer(TextAnalysis.load()))) {
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(Thread.ofPlatform().name("kill-test-writer-" + w).start(() -> write(store, writer)));
                }
                Thread.sleep(3_000);
                int beforeKill = acknowledgedWrites.get();
                cluster.stopNode(1); // kill -9 of node 1's JVM while the writers write
                Thread.sleep(12_000); // its ZooKeeper session (10 s) expires: the cluster knows it is gone
                int refusedWhileDown = refusedWrites.get();
                int whileDown = acknowledgedWrites.get() - beforeKill;
                cluster.startNode(1);
                awaitAllReplicasActive(cluster, Duration.ofSeconds(90));
                int atRecovery = acknowledgedWrites.get();
                Thread.sleep(3_000);
                stop.set(true);
                for (Thread writer : writers) {
                    writer.join();
                }
                System.out.printf("acknowledged writes: %d before the kill, %d while node 1 was down, %d by the end of "
                        + "its recovery, %d in all; refused while it was down: %d%n", beforeKill, whileDown, atRecovery,
                        acknowledgedWrites.get(), refusedWhileDown);
                assertThat(beforeKill).as("writes acknowledged before the kill").isPositive();
                assertThat(refusedWhileDown).as("with one replica gone, min_rf 2 refuses to acknowledge").isPositive();
                assertThat(acknowledgedWrites.get()).as("writes acknowledged again after recovery")
                        .isGreaterThan(atRecovery);

                assertEveryAcknowledgedWriteIsThere(store, Duration.ofSeconds(5));

                cluster.stopNode(0); // now the other one: node 1, killed and recovered, must hold everything alone
                assertEveryAcknowledgedWriteIsThere(store, Duration.ofSeconds(90));
            }
        }
    }

    /** One writer: its own ids, each update the next version of what the store says the record is. */
    private void write(SolrRecordStore store, int writer) {
        Map<String, Long> known = new ConcurrentHashMap<>();
        while (!stop.get()) {
            String id = "KILL-" + writer + "-" + ThreadLocalRandom.current().nextInt(IDS_PER_WRITER);
            try {
                Long current = known.get(id);
                if (current == null) {
                    // Unknown after a refused write (which may still have reached a replica): ask the store.
                    current = store.get(id).map(StoredRecord::version).orElse(0L);
                }
                long next = current + 1;
                StoredRecord record = new StoredRecord(id, "killtest", next, ("{\"id\":\"" + id + "\",\"version\":" + next
                        + ",\"nonce\":" + System.nanoTime() + "}").getBytes(StandardCharsets.UTF_8));
                known.remove(id);
                store.write(new IndexedRecord(record, new IndexedFields().exact("writer", "w" + writer)));
                known.put(id, next);
                acknowledged.put(id, record);
                acknowledgedWrites.incrementAndGet();
                Thread.sleep(5); // eight writers' worth of load on a shared 2-core machine is plenty
            } catch (RuntimeException e) {
                refusedWrites.incrementAndGet();
                sleepQuietly(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void assertEveryAcknowledgedWriteIsThere(SolrRecordStore store, Duration patience) throws Exception {
        assertThat(acknowledged).hasSizeGreaterThan(WRITERS * IDS_PER_WRITER / 2);
        long deadline = System.nanoTime() + patience.toNanos();
        for (StoredRecord expected : acknowledged.values()) {
            Optional<StoredRecord> found = Optional.empty();
            while (found.isEmpty()) {
                try {
                    found = store.get(expected.id());
                    if (found.isEmpty()) {
                        break;
                    }
                } catch (RuntimeException unavailable) {
                    if (System.nanoTime() > deadline) {
                        throw unavailable;
                    }
                    Thread.sleep(500); // leaders being elected after the kill
                }
            }
            assertThat(found).as(expected.id()).isPresent();
            StoredRecord stored = found.get();
            // A later write that was refused may still have reached the replicas: never an older one.
            assertThat(stored.version()).as(expected.id()).isGreaterThanOrEqualTo(expected.version());
            if (stored.version() == expected.version()) {
                assertThat(stored.source()).as(expected.id()).isEqualTo(expected.source());
            }
        }
    }

    private static void awaitAllReplicasActive(SolrCloudHarness cluster, Duration patience) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cluster.solrUrls().get(0)
                    + "/admin/collections?action=CLUSTERSTATUS&collection=killtest&wt=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            int active = 0;
            for (JsonNode shard : json.readTree(response.body()).path("cluster").path("collections").path("killtest")
                    .path("shards")) {
                for (JsonNode replica : shard.path("replicas")) {
                    if (replica.path("state").asString().equals("active")) {
                        active++;
                    }
                }
            }
            if (active == 4) {
                return;
            }
            assertThat(System.nanoTime()).as("all 4 replicas active again").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
