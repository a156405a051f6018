package org.techmatch.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.achievement.Achievement;
import org.techmatch.store.TestLibraries;
import org.techmatch.store.backup.LuceneBackups;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ApiTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup taken over HTTP while writers keep writing restores into a fresh index holding every record
 * acknowledged before the backup was asked for, exactly as acknowledged.
 */
class BackupRestoreTest extends ApiTestBase {
    private static final int WRITERS = 4;
    private static final Backups BACKUPS = LuceneBackups.offline();

    @Autowired
    JsonMapper json;

    @TempDir
    Path work;

    @org.junit.jupiter.api.BeforeEach
    void asOfficial() {
        // backups are an official's duty (/api/admin/**) and writing records needs an account too
        api = api.writingAs(ApiClient.CITY_OFFICIAL);
    }

    @Test
    void aBackupTakenWhileWritingRestoresEveryAcknowledgedRecord() throws Exception {
        Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acks = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(Thread.ofPlatform().start(() -> write(writer, stop, acknowledged, acks)));
        }
        awaitAcknowledgements(acks, 30, writers);
        Map<String, JsonNode> beforeBackup = Map.copyOf(acknowledged);
        // the backup root is shared by every test service started from the same temporary directory: a fresh name
        String name = "while-writing-" + System.nanoTime();
        ApiClient.Response created = api.post("/api/admin/backups", "{\"to\": \"" + name + "\"}");
        int acksAtBackupEnd = acks.get();
        // writers go on after the backup, and nothing of that may leak into it
        awaitAcknowledgements(acks, acksAtBackupEnd + 30, writers);
        stop.set(true);
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode answer = created.json();
        Path backup = Path.of(answer.get("directory").asString());
        assertThat(backup.getFileName().toString()).isEqualTo(name);
        assertThat(answer.get("totalRecords").asInt()).isGreaterThanOrEqualTo(beforeBackup.size());

        Path fresh = work.resolve("fresh-index");
        Backups.Restored restored = BACKUPS.restore(backup, fresh, work.resolve("fresh-imports"), false,
                Clock.systemUTC());
        assertThat(restored.keptIndex()).isNull();
        assertThat(restored.restoredRecords().get("achievement")).isEqualTo(answer.get("records").get("achievement")
                .asInt());
        try (TestLibraries libraries = TestLibraries.open(fresh)) {
            beforeBackup.forEach((id, ack) -> {
                Achievement stored = libraries.achievements().get(id);
                long ackVersion = ack.get("version").asLong();
                // a write acknowledged before the backup is in it; a later update of the same record may be too
                assertThat(stored.version()).as(id).isGreaterThanOrEqualTo(ackVersion);
                if (stored.version() == ackVersion) {
                    assertThat(json.readTree(json.writeValueAsString(stored))).as(id).isEqualTo(ack);
                }
            });
            // records the writers created after the backup are not in it (other tests of the same service may
            // have stored records before, so the total alone says nothing)
            assertThat(acknowledged.keySet().stream().filter(id -> !libraries.achievements().exists(id)))
                    .as("records created after the backup").isNotEmpty();
        }
    }

    @Test
    void aDamagedOrUnfinishedBackupIsRefusedAndTheIndexIsLeftAlone() throws Exception {
        api.post("/api/achievements", ApiClient.json(record(0, 0, "初版")));
        Path backup = Path.of(api.post("/api/admin/backups", "").json().get("directory").asString());
        Path index = work.resolve("live-index");
        try (TestLibraries libraries = TestLibraries.open(index)) {
            libraries.achievements().create(json.readValue(ApiClient.json(record(9, 9, "现有")), Achievement.class));
        }
        Map<String, String> before = fingerprint(index.getParent());

        Path truncated = copy(backup, "truncated");
        Path biggest = biggestIndexFile(truncated);
        byte[] bytes = Files.readAllBytes(biggest);
        Files.write(biggest, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(truncated, index, "damaged");

        Path flipped = copy(backup, "flipped");
        biggest = biggestIndexFile(flipped);
        bytes = Files.readAllBytes(biggest);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(biggest, bytes);
        assertRefused(flipped, index, "corrupt");

        Path unfinished = copy(backup, "unfinished");
        Files.delete(unfinished.resolve(BackupManifest.FILE_NAME));
        assertRefused(unfinished, index, "backup.json is missing");

        Path missingFile = copy(backup, "missing-file");
        Files.delete(biggestIndexFile(missingFile));
        assertRefused(missingFile, index, "is missing");

        assertThat(fingerprint(index.getParent())).isEqualTo(before);
        assertThatThrownBy(() -> BACKUPS.restore(backup, index, null, false, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--force");
        assertThat(fingerprint(index.getParent())).isEqualTo(before);

        // the intact backup, forced: the old index is kept aside, not deleted
        Backups.Restored result = BACKUPS.restore(backup, index, null, true, Clock.systemUTC());
        assertThat(result.keptIndex()).exists();
        try (TestLibraries kept = TestLibraries.open(result.keptIndex());
             TestLibraries now = TestLibraries.open(index)) {
            assertThat(kept.store().count("achievement")).isEqualTo(1);
            assertThat(now.store().count("achievement")).isEqualTo(result.manifest().records().get("achievement"));
        }
    }

    @Test
    void anOfflineBackupNeedsTheIndexUnused() throws Exception {
        Path index = work.resolve("offline-index");
        try (TestLibraries libraries = TestLibraries.open(index)) {
            libraries.achievements().create(json.readValue(ApiClient.json(record(1, 1, "离线")), Achievement.class));
            assertThatThrownBy(() -> BACKUPS.backUpOffline(index, null, work.resolve("refused"),
                    java.time.Instant.now())).hasMessageContaining("in use");
        }
        BackupManifest manifest = BACKUPS.backUpOffline(index, null, work.resolve("offline"),
                java.time.Instant.now());
        assertThat(manifest.records()).containsEntry("achievement", 1);
        assertThat(BACKUPS.verify(work.resolve("offline")).totalRecords()).isEqualTo(1);
    }

    /**
     * Waits for the writers to reach a count; a writer that died (its request refused) or a minute without the
     * count fails the test instead of waiting for ever.
     */
    private static void awaitAcknowledgements(AtomicInteger acks, int count, List<Thread> writers)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (acks.get() < count) {
            assertThat(writers).as("writer threads still writing").allMatch(Thread::isAlive);
            assertThat(System.nanoTime()).as("%d acknowledged writes within a minute", count).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void write(int writer, AtomicBoolean stop, Map<String, JsonNode> acknowledged, AtomicInteger acks) {
        ApiClient client = new ApiClient(port).writingAs(ApiClient.CITY_OFFICIAL);
        List<JsonNode> mine = new ArrayList<>();
        for (int i = 0; !stop.get(); i++) {
            ApiClient.Response response;
            if (mine.isEmpty() || i % 3 == 0) {
                response = client.post("/api/achievements", ApiClient.json(record(writer, i, "初版")));
            } else {
                JsonNode current = mine.get(i % mine.size());
                Map<String, Object> body = record(writer, i, "修订");
                body.put("version", current.get("version").asLong());
                response = client.put("/api/achievements/" + current.get("id").asString(), ApiClient.json(body));
            }
            assertThat(response.status()).as(response.body()).isBetween(200, 201);
            JsonNode stored = response.json();
            mine.removeIf(r -> r.get("id").equals(stored.get("id")));
            mine.add(stored);
            acknowledged.put(stored.get("id").asString(), stored);
            acks.incrementAndGet();
        }
    }

    private static Map<String, Object> record(int writer, int i, String edition) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("title", "备份测试成果 写入线程" + writer + " 第" + i + "条 " + edition);
        body.put("description", "在备份进行时持续写入的记录，用于验证快照包含备份请求之前确认的每一次写入。");
        body.put("owner", Map.of("name", "天津大学", "kind", "高校"));
        body.put("techField", "新材料");
        body.put("maturity", "已有样品");
        return body;
    }

    private void assertRefused(Path backup, Path index, String message) {
        assertThatThrownBy(() -> BACKUPS.restore(backup, index, null, true, Clock.systemUTC()))
                .isInstanceOf(BackupInvalidException.class).hasMessageContaining(message);
    }

    private Path copy(Path backup, String name) throws IOException {
        Path target = work.resolve(name);
        try (var walk = Files.walk(backup)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copied = target.resolve(backup.relativize(file));
                Files.createDirectories(copied.getParent());
                Files.copy(file, copied);
            }
        }
        return target;
    }

    private static Path biggestIndexFile(Path backup) throws IOException {
        try (var files = Files.list(backup.resolve(BackupManifest.INDEX_DIR))) {
            return files.max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    /** Every file under dir with a hash of its content: what "left alone" means. */
    private static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .filter(p -> dir.relativize(p).toString().startsWith("live-index")).toList()) {
                files.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
