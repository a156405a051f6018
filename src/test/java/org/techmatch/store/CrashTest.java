package org.techmatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * Lucene commits every 20 ms in the background, so the kill lands during a commit (or between the commit and
     * the deletion of the log segments it covers) as often as not: every acknowledged write is still there.
     */
    @Test
    void everyAcknowledgedWriteSurvivesAKillDuringBackgroundCommits(@TempDir Path index) throws Exception {
        for (int round = 0; round < 3; round++) {
            Map<String, Ack> acknowledged = runAndKill(index, CrashWriter.class, 8, ACKS_BEFORE_KILL, "20");
            assertThat(committedLogEntry(index)).as("background commits recorded the log entry they cover")
                    .isPositive();
            assertAchievementsAsAcknowledged(index, acknowledged);
        }
    }

    /**
     * With no background commit, the writes live only in the log; a start replays them and is killed during the
     * replay; the next start replays again. Nothing acknowledged is lost, nothing is applied twice or in half.
     */
    @Test
    void aKillDuringTheReplayLosesNothing(@TempDir Path index) throws Exception {
        Map<String, Ack> acknowledged = runAndKill(index, CrashWriter.class, 8, 1_500, "3600000");
        long committed = committedLogEntry(index);
        assertThat(logEntriesAfter(index, committed)).as("entries left to replay").isGreaterThan(1_000);

        String java = ProcessHandle.current().info().command().orElse("java");
        Process replayer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashReplayer.class.getName(), index.toString()).redirectErrorStream(true).start();
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch opening = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(replayer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    said.add(line);
                    if (line.equals("OPENING")) {
                        opening.countDown();
                    }
                }
            } catch (Exception e) {
                // the pipe breaks when the process dies
            }
        });
        assertThat(opening.await(120, TimeUnit.SECONDS)).as("the replayer started: %s", said).isTrue();
        Thread.sleep(100); // the replay of 1,500 writes takes seconds: this is well inside it
        replayer.destroyForcibly();
        replayer.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        assertThat(String.join("\n", said)).as("the replay was killed before it finished").doesNotContain("OPENED");
        assertThat(committedLogEntry(index)).as("the killed replay committed nothing").isEqualTo(committed);

        assertAchievementsAsAcknowledged(index, acknowledged);
        assertThat(logEntriesAfter(index, committedLogEntry(index))).as("the full replay committed").isZero();
        assertAchievementsAsAcknowledged(index, acknowledged); // and a start after it replays nothing twice
    }

    /** Every acknowledged achievement is there as acknowledged (or newer); none mixes two writes; none doubled. */
    private static void assertAchievementsAsAcknowledged(Path index, Map<String, Ack> acknowledged)
            throws Exception {
        try (FSDirectory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
            assertThat(check.checkIndex().clean).as("the index after kill -9 passes CheckIndex").isTrue();
        }
        RecordCodec codec = new RecordCodec();
        try (TestLibraries reopened = TestLibraries.open(index)) {
            acknowledged.forEach((id, ack) -> {
                Achievement stored = reopened.achievements().get(id);
                assertThat(stored.version()).as(id).isGreaterThanOrEqualTo(ack.version());
                if (stored.version() == ack.version()) {
                    assertThat(new String(codec.encode(stored), StandardCharsets.UTF_8)).as(id).isEqualTo(ack.json());
                }
            });
            Set<String> seen = new HashSet<>();
            reopened.store().forEach("achievement", record -> {
                assertThat(seen.add(record.id())).as("one live document per id: " + record.id()).isTrue();
                Achievement achievement = codec.decode(record.source(), Achievement.class);
                assertThat(achievement.version()).as(record.id()).isEqualTo(record.version());
                assertThat(achievement.title()).as(record.id()).endsWith(achievement.version() == 1 ? "初版"
                        : "修订第" + achievement.version() + "版");
            });
            assertThat(seen).containsAll(acknowledged.keySet());
        }
    }

    /** The log entry up to which the last Lucene commit holds every write. */
    private static long committedLogEntry(Path index) throws Exception {
        try (FSDirectory directory = FSDirectory.open(index)) {
            String entry = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData()
                    .get(IndexWrites.LOG_KEY);
            return entry == null ? 0 : Long.parseLong(entry);
        }
    }

    /** Intact write-ahead log entries after this one. */
    private static int logEntriesAfter(Path index, long entry) throws Exception {
        try (WriteAheadLog wal = WriteAheadLog.open(index.resolve(DocumentStore.LOG_DIRECTORY), entry)) {
            return wal.entriesAfter(entry).size();
        }
    }

    private static Map<String, Ack> runAndKill(Path index) throws Exception {
        return runAndKill(index, CrashWriter.class, 8, ACKS_BEFORE_KILL);
    }

    private static Map<String, Ack> runAndKill(Path index, Class<?> writer, int threads) throws Exception {
        return runAndKill(index, writer, threads, ACKS_BEFORE_KILL);
    }

    /** Runs the writer until enough acknowledgements, kills it with SIGKILL, returns the last ack per id. */
    private static Map<String, Ack> runAndKill(Path index, Class<?> writer, int threads, int acks,
                                               String... more) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp",
                System.getProperty("java.class.path"), writer.getName(), index.toString(), String.valueOf(threads)));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
                    if (count.incrementAndGet() >= acks) {
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
