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
import org.techmatch.catalog.RecordCodec;

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

    /** Runs the writer until enough acknowledgements, kills it with SIGKILL, returns the last ack per id. */
    private static Map<String, Ack> runAndKill(Path index) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), index.toString(), "8").redirectErrorStream(true).start();
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
                    String[] parts = line.split(" ", 4);
                    if (parts.length < 4) {
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
        boolean reached = enough.await(120, TimeUnit.SECONDS);
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no commit on close
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        assertThat(reached).as("writer produced %d acknowledgements before the timeout", count.get()).isTrue();
        synchronized (acknowledged) {
            return Map.copyOf(acknowledged);
        }
    }
}
