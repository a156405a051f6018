package org.techmatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.achievement.Achievement;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.challenge.Challenge;
import org.techmatch.challenge.ChallengeStatus;
import org.techmatch.demand.Demand;

/**
 * A forked JVM writes concurrently and is killed with SIGKILL mid-stream; on reopening, every
 * acknowledged write is there, equal to what was acknowledged, and the index opens cleanly.
 */
class CrashTest {
    private static final int ACKS_BEFORE_KILL = 400;

    record Ack(long version, String json) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillNine(@TempDir Path index) throws Exception {
        for (int round = 0; round < 2; round++) {
            Map<String, Ack> acknowledged = runAndKill(index);
            assertThat(acknowledged).hasSizeGreaterThan(50);
            try (TestLibraries reopened = TestLibraries.open(index)) {
                RecordCodec codec = new RecordCodec();
                acknowledged.forEach((id, ack) -> {
                    Achievement stored = reopened.achievements().get(id);
                    // A write in flight at the kill may have committed without being acknowledged: it can only
                    // be newer. An acknowledged version is never lost or altered.
                    assertThat(stored.version()).as(id).isGreaterThanOrEqualTo(ack.version());
                    if (stored.version() == ack.version()) {
                        assertThat(new String(codec.encode(stored), StandardCharsets.UTF_8)).as(id)
                                .isEqualTo(ack.json());
                    }
                });
            }
        }
    }

    /**
     * The same for updates and state transitions made through the services of the whole application: demands
     * updated (title and status change with each version) and challenges moved 草稿 → 已发布 → 草稿 … with
     * their transition log. After each kill every acknowledged change is there, equal to what was
     * acknowledged, and no record mixes two writes: its version, title, status and log agree.
     */
    @Test
    void everyAcknowledgedUpdateAndTransitionSurvivesKillNine(@TempDir Path index) throws Exception {
        RecordCodec codec = new RecordCodec();
        for (int round = 0; round < 2; round++) {
            Map<String, Ack> acknowledged = runAndKill(index, CrashTransitionWriter.class, 4);
            long updates = acknowledged.values().stream().filter(a -> a.version() > 1).count();
            assertThat(updates).as("acknowledged updates and transitions").isGreaterThan(20);
            System.out.printf("crash round %d: %d records acknowledged, %d of them last acknowledged at version > 1%n",
                    round + 1, acknowledged.size(), updates);
            try (FSDirectory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
                assertThat(check.checkIndex().clean).as("the index after kill -9 passes CheckIndex").isTrue();
            }
            try (TestLibraries reopened = TestLibraries.open(index)) {
                acknowledged.forEach((id, ack) -> {
                    StoredRecord stored = reopened.store().get(id).orElseThrow(() -> new AssertionError(id + " lost"));
                    assertThat(stored.version()).as(id).isGreaterThanOrEqualTo(ack.version());
                    if (stored.version() == ack.version()) {
                        Class<?> type = stored.type().equals("demand") ? Demand.class : Challenge.class;
                        assertThat(new String(codec.encode(codec.decode(stored.source(), type)),
                                StandardCharsets.UTF_8)).as(id).isEqualTo(ack.json());
                    }
                });
                reopened.store().forEach("demand", record -> {
                    Demand demand = codec.decode(record.source(), Demand.class);
                    assertThat(demand.version()).isEqualTo(record.version());
                    assertThat(demand.title()).as(record.id()).endsWith("第" + demand.version() + "版");
                    assertThat(demand.status()).as(record.id()).isEqualTo(CrashTransitionWriter.statusAt(
                            demand.version()));
                });
                reopened.store().forEach("challenge", record -> {
                    Challenge challenge = codec.decode(record.source(), Challenge.class);
                    assertThat(challenge.version()).isEqualTo(record.version());
                    assertThat(challenge.version()).as(record.id()).isEqualTo(1 + challenge.transitions().size());
                    assertThat(challenge.status()).as(record.id()).isEqualTo(challenge.transitions().isEmpty()
                            ? ChallengeStatus.DRAFT : challenge.transitions().getLast().to());
                });
            }
        }
    }

    private static Map<String, Ack> runAndKill(Path index) throws Exception {
        return runAndKill(index, CrashWriter.class, 8);
    }

    /** Runs the writer until enough acknowledgements, kills it with SIGKILL, returns the last ack per id. */
    private static Map<String, Ack> runAndKill(Path index, Class<?> writer, int threads) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                writer.getName(), index.toString(), String.valueOf(threads)).redirectErrorStream(true).start();
        Map<String, Ack> acknowledged = new HashMap<>();
        AtomicInteger count = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (!line.startsWith("ACK ")) {
                        continue;
                    }
                    if (writer == CrashTransitionWriter.class) {
                        line = line.substring(line.indexOf(' ', 4)); // drop the type: "ACK id version json"
                        line = "ACK" + line;
                    }
                    String[] parts = line.split(" ", 4);
                    if (parts.length < 4 || !parts[3].matches("[A-Za-z0-9+/]+=*")) {
                        continue; // the kill cut this line: its write was not acknowledged to anyone
                    }
                    String json = new String(Base64.getDecoder().decode(parts[3]), StandardCharsets.UTF_8);
                    synchronized (acknowledged) {
                        acknowledged.merge(parts[1], new Ack(Long.parseLong(parts[2]), json),
                                (a, b) -> a.version() >= b.version() ? a : b);
                    }
                    if (count.incrementAndGet() >= ACKS_BEFORE_KILL) {
                        enough.countDown();
                    }
                }
            } catch (Exception e) {
                // the pipe breaks when the process dies
            }
        });
        boolean reached = enough.await(240, TimeUnit.SECONDS);
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no commit on close
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        assertThat(reached).as("writer produced %d acknowledgements before the timeout", count.get()).isTrue();
        synchronized (acknowledged) {
            return Map.copyOf(acknowledged);
        }
    }
}
