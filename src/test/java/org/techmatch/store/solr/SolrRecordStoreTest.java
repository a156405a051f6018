package org.techmatch.store.solr;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techmatch.search.IndexAnalyzer;
import org.techmatch.solrcloud.SolrCloudHarness;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.RecordStore;
import org.techmatch.store.StaleVersionException;
import org.techmatch.store.StoreUnavailableException;
import org.techmatch.store.StoredRecord;
import org.techmatch.text.TextAnalysis;

/**
 * The solrcloud backend against a real two-node SolrCloud (2 shards × 2 replicas): what the services rely on of
 * the embedded store — writes visible at once to reads by id, keys and counts; a stale version refused; the
 * collection's schema version checked; a store that starts before its collection exists and recovers.
 */
class SolrRecordStoreTest {
    private static SolrCloudHarness cluster;
    private static IndexAnalyzer analyzer;
    private static SolrRecordStore store;

    @BeforeAll
    static void createCollection() throws Exception {
        cluster = SolrCloudHarness.shared();
        analyzer = new IndexAnalyzer(TextAnalysis.load());
        assertThat(SolrCollections.create(properties("records"))).isEqualTo(SolrCollections.Outcome.CREATED);
        assertThat(SolrCollections.create(properties("records"))).isEqualTo(SolrCollections.Outcome.EXISTED);
        store = new SolrRecordStore(properties("records"), analyzer);
        assertThat(store.needsReindex()).isFalse(); // solr-create recorded the current field layout
        assertThat(store.mappingVersion()).isEqualTo(RecordStore.MAPPING_VERSION);
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private static SolrProperties properties(String collection) {
        return new SolrProperties(cluster.zkHost(), collection, 2, 2, 2, 1_000, 20_000L);
    }

    private static IndexedRecord record(String id, String type, long version, String body, IndexedFields fields) {
        return new IndexedRecord(new StoredRecord(id, type, version, ("{\"body\":\"" + body + "\"}").getBytes(UTF_8)),
                fields);
    }

    private static IndexedRecord record(String id, String type, long version, String body) {
        return record(id, type, version, body, new IndexedFields().exact("owner", "u1").text("title.w", body));
    }

    @Test
    void twoInstancesOnOneCollectionAreNeverGivenTheSameIdNumber() throws Exception {
        store.write(record("NUM-000041", "num", 1, "已有编号的记录"));
        try (SolrRecordStore other = new SolrRecordStore(properties("records"), analyzer)) {
            List<RecordStore> instances = List.of(store, other);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int writer = 0; writer < 6; writer++) {
                RecordStore instance = instances.get(writer % 2);
                int wanted = 1 + writer % 3;
                taken.add(pool.submit(() -> {
                    start.await();
                    List<Long> numbers = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        RecordStore.IdRange range = instance.reserveIds("NUM-", wanted);
                        assertThat(range.count()).isGreaterThanOrEqualTo(wanted);
                        for (long n = range.first(); n < range.first() + range.count(); n++) {
                            numbers.add(n);
                        }
                    }
                    return numbers;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> each : taken) {
                all.addAll(each.get());
            }
            pool.shutdown();
            assertThat(all).doesNotHaveDuplicates().allMatch(n -> n > 41, "above the highest stored id");
            assertThat(all).hasSizeGreaterThanOrEqualTo(6 * 10);
        }
        assertThat(store.countsByType()).doesNotContainKey(SolrRecordStore.META_TYPE);
    }

    @Test
    void keyedReadsAreServedByEachShardsLeaderWhichHoldsEveryAcknowledgedWrite() {
        store.write(record("LEAD-000001", "lead", 1, "领导副本读取"));
        try (SolrConnection solr = new SolrConnection(properties("records"))) {
            SolrReads reads = new SolrReads(solr, new AtomicLong());
            SolrQuery everything = new SolrQuery("*:*");
            everything.setRows(0).set("shards.info", true);
            QueryResponse answer = reads.query(everything);
            Set<String> leaders = solr.call((client, collection) -> client.getClusterState()
                    .getCollection(collection).getActiveSlices().stream()
                    .map(slice -> slice.getLeader().getCoreUrl()).collect(Collectors.toSet()));
            Set<String> served = new HashSet<>();
            ((NamedList<?>) answer.getResponse().get("shards.info")).forEach(
                    (shard, info) -> served.add(String.valueOf(
                            ((NamedList<?>) info).get("shardAddress")) + "/"));
            assertThat(leaders).hasSize(2);
            assertThat(served.stream().map(u -> u.replaceAll("/+$", "")).toList())
                    .containsExactlyInAnyOrderElementsOf(leaders.stream().map(u -> u.replaceAll("/+$", "")).toList());
        }
    }

    @Test
    void aReindexKeepsTheVectorOfEveryRecordThatHasOne() {
        float[] vector = org.techmatch.store.TestLibraries.unitVector(512, 11);
        store.write(record("VEC-000001", "vec", 1, "已有向量的记录",
                new IndexedFields().exact("owner", "u1").text("title.w", "已有向量的记录").vector("vec", vector)));
        store.write(record("VEC-000002", "vec", 1, "等待向量的记录"));

        int rewritten = store.rewriteAll(stored -> record(stored.id(), stored.type(), stored.version(), "重建"));

        assertThat(rewritten).isGreaterThanOrEqualTo(2);
        java.util.Map<String, float[]> vectors = new java.util.HashMap<>();
        store.forEachWithVectors("vec", r -> r.vectors().forEach((field, v) -> vectors.put(r.stored().id() + "/" + field, v)));
        assertThat(vectors).containsOnlyKeys("VEC-000001/vec");
        assertThat(vectors.get("VEC-000001/vec")).containsExactly(vector, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(store.countLacking(List.of("vec"), "vec")).isEqualTo(1);
    }

    @Test
    void aWriteIsReadBackAtOnceAndAStaleVersionIsRefused() {
        store.write(record("CRUD-000001", "crud", 1, "天津大学 新型催化剂"));
        StoredRecord first = store.get("CRUD-000001").orElseThrow();
        assertThat(first.version()).isEqualTo(1);
        assertThat(new String(first.source(), UTF_8)).contains("新型催化剂");

        store.writeWith(record("CRUD-000001", "crud", 2, "第二版"), List.of(record("AUD-000001", "crudAudit", 1, "改")));
        assertThat(store.get("CRUD-000001").orElseThrow().version()).isEqualTo(2);
        assertThat(store.get("AUD-000001")).isPresent();

        // another writer still holding version 1 writes its version 2: refused, the stored one stays
        assertThatThrownBy(() -> store.write(record("CRUD-000001", "crud", 2, "别人的第二版")))
                .isInstanceOf(StaleVersionException.class).hasMessageContaining("当前版本为 2");
        assertThatThrownBy(() -> store.write(record("CRUD-000001", "crud", 1, "更旧")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(new String(store.get("CRUD-000001").orElseThrow().source(), UTF_8)).contains("第二版")
                .doesNotContain("别人");
        // the same version with the same source is a rewrite of its indexed fields (reindex, a vector): allowed
        store.writeAll(List.of(record("CRUD-000001", "crud", 2, "第二版")));
        assertThat(store.get("nope")).isEmpty();
    }

    @Test
    void twoServiceInstancesRacingForOneVersionLetExactlyOneWin() throws Exception {
        store.write(record("RACE-000001", "race", 1, "起点"));
        List<SolrRecordStore> instances = List.of(new SolrRecordStore(properties("records"), analyzer),
                new SolrRecordStore(properties("records"), analyzer));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> winners = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> losers = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String body = "写者" + i;
                RecordStore instance = instances.get(i % 2);
                runs.add(threads.submit(() -> {
                    start.await();
                    try {
                        instance.write(record("RACE-000001", "race", 2, body));
                        winners.add(body);
                    } catch (StaleVersionException e) {
                        losers.add(e);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
            instances.forEach(SolrRecordStore::close);
        }
        assertThat(winners).hasSize(1);
        assertThat(losers).hasSize(5);
        StoredRecord stored = store.get("RACE-000001").orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(new String(stored.source(), UTF_8)).contains(winners.peek());
    }

    @Test
    void aNewRecordWhoseIdAnotherInstanceGaveOutFirstIsRefusedNotOverwritten() {
        try (SolrRecordStore other = new SolrRecordStore(properties("records"), analyzer)) {
            other.addAll(List.of(record("NEW-000001", "fresh", 1, "另一实例先建")));
            assertThatThrownBy(() -> store.addAll(List.of(record("NEW-000001", "fresh", 1, "本实例后建"))))
                    .isInstanceOf(StaleVersionException.class);
            assertThatThrownBy(() -> store.writeWith(record("NEW-000002", "fresh", 1, "记录"),
                    List.of(record("NEW-000001", "fresh", 1, "伴随记录"))))
                    .isInstanceOf(StaleVersionException.class);
        }
        assertThat(new String(store.get("NEW-000001").orElseThrow().source(), UTF_8)).contains("另一实例先建");
    }

    @Test
    void keysCountsAndScansSeeEveryAcknowledgedWrite() {
        List<IndexedRecord> batch = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            IndexedFields fields = new IndexedFields().exact("owner", i % 4 == 0 ? "alice" : "bob")
                    .exactStored("hash", "h" + i);
            if (i % 2 == 0) {
                fields.vector("vec", unit(i));
            }
            batch.add(record(String.format("CNT-%06d", i), "counted", 1, "记录" + i, fields));
        }
        batch.add(record("CNT-1000000", "counted", 1, "七位编号"));
        batch.add(record("CNT-x", "counted", 1, "无编号"));
        store.addAll(batch);

        assertThat(store.count("counted")).isEqualTo(42);
        assertThat(store.countsByType()).containsEntry("counted", 42);
        assertThat(store.maxIdNumber("CNT-")).isEqualTo(1_000_000);
        assertThat(store.allByKeyword("counted", "owner", "alice")).extracting(StoredRecord::id)
                .containsExactly("CNT-000004", "CNT-000008", "CNT-000012", "CNT-000016", "CNT-000020",
                        "CNT-000024", "CNT-000028", "CNT-000032", "CNT-000036", "CNT-000040");
        RecordStore.KeywordHit hit = store.firstByKeyword("counted", "owner", "alice", "hash").orElseThrow();
        assertThat(hit).isEqualTo(new RecordStore.KeywordHit("CNT-000004", 1, "h4"));
        assertThat(store.countLacking(List.of("counted"), "vec")).isEqualTo(22);
        assertThat(store.lacking(List.of("counted"), "vec", 5)).hasSize(5)
                .allMatch(r -> r.type().equals("counted"));
        List<String> scanned = new ArrayList<>();
        store.forEach("counted", r -> scanned.add(r.id()));
        assertThat(scanned).hasSize(42).isSorted();
    }

    @Test
    void aStoreStartedBeforeItsCollectionAnswersUnavailableAndRecoversWithoutRestart() throws Exception {
        try (SolrRecordStore early = new SolrRecordStore(properties("late"), analyzer)) {
            assertThatThrownBy(() -> early.get("X-1")).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("不存在");
            assertThat(early.status().up()).isFalse();
            SolrCollections.create(properties("late"));
            // a failed connection is tried again after a short back-off, not on every request
            retrying(20, () -> early.write(record("LATE-000001", "late", 1, "恢复")));
            assertThat(early.get("LATE-000001")).isPresent();
            assertThat(early.status().up()).isTrue();
        }
        try (SolrRecordStore nowhere = new SolrRecordStore(
                new SolrProperties("127.0.0.1:9/solr", "records", 2, 2, 2, 1_000, 2_000L), analyzer)) {
            assertThatThrownBy(() -> nowhere.count("x")).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("无法连接 SolrCloud");
        }
    }

    @Test
    void aCollectionOfAnotherSchemaVersionIsRefusedNamingBothVersions() throws Exception {
        Path conf = Files.createTempDirectory("old-schema");
        for (String file : SolrCollections.CONFIG_FILES) {
            String text = new String(SolrCollections.class.getResourceAsStream("/solr/techmatch/conf/" + file)
                    .readAllBytes(), UTF_8);
            Files.writeString(conf.resolve(file), text.replace(
                    "name=\"techmatch_schema_version\" type=\"pint\" indexed=\"false\" stored=\"false\" default=\""
                            + SolrSchema.VERSION + "\"",
                    "name=\"techmatch_schema_version\" type=\"pint\" indexed=\"false\" stored=\"false\" default=\"0\""));
        }
        cluster.uploadConfigSet("techmatch-old", conf);
        try (JdkCloudSolrClient client = new JdkCloudSolrClient(cluster.zkHost(), 20_000)) {
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection("old", "techmatch-old", 1, 1);
            create.setWaitForFinalState(true);
            create.process(client);
        }
        assertThatThrownBy(() -> SolrCollections.create(properties("old"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("结构版本为 0").hasMessageContaining("需要结构版本 " + SolrSchema.VERSION);
        try (SolrRecordStore old = new SolrRecordStore(properties("old"), analyzer)) {
            assertThatThrownBy(() -> old.get("X-1")).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("结构版本为 0").hasMessageContaining("需要结构版本 " + SolrSchema.VERSION);
        }
    }

    @Test
    void aWriteThatReachesFewerReplicasThanMinRfIsNotAcknowledged() throws Exception {
        SolrProperties both = new SolrProperties(cluster.zkHost(), "replicated", 1, 2, 2, 1_000, 20_000L);
        SolrProperties one = new SolrProperties(cluster.zkHost(), "replicated", 1, 2, 1, 1_000, 20_000L);
        SolrCollections.create(both);
        try (SolrRecordStore strict = new SolrRecordStore(both, analyzer);
             SolrRecordStore lenient = new SolrRecordStore(one, analyzer)) {
            strict.write(record("REP-000001", "rep", 1, "两个副本"));
            cluster.stopNode(1);
            try {
                assertThatThrownBy(() -> strict.write(record("REP-000002", "rep", 1, "只到一个副本")))
                        .isInstanceOf(StoreUnavailableException.class);
                // until the shard's leader on the stopped node is replaced, no replica takes a write at all
                retrying(60, () -> lenient.write(record("REP-000003", "rep", 1, "min_rf 1 接受一个副本")));
                assertThat(lenient.get("REP-000003")).isPresent();
            } finally {
                cluster.startNode(1);
            }
            // once the returning replica has recovered, writes are acknowledged on both again
            retrying(90, () -> strict.write(record("REP-000004", "rep", 1, "恢复后")));
            assertThat(strict.get("REP-000001")).isPresent();
            assertThat(strict.get("REP-000004")).isPresent();
        }
    }

    /** Runs write until the store takes it, for up to seconds. */
    private static void retrying(int seconds, Runnable write) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            try {
                write.run();
                return;
            } catch (StoreUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static float[] unit(int seed) {
        float[] v = new float[512];
        v[seed % 512] = 1f;
        return v;
    }
}
