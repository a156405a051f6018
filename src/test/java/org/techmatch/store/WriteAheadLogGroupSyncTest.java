package org.techmatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many writers syncing at once, one of them forcing for the group at a time: each returns only once its own
 * entry is durable, none waits forever for a force nobody makes, and a reopening reads every entry back.
 */
class WriteAheadLogGroupSyncTest {
    @Test
    void everyWriterReturnsWithItsEntryDurableWhileOthersForce(@TempDir Path dir) throws Exception {
        int writers = 16;
        int each = 50;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (WriteAheadLog wal = WriteAheadLog.open(dir, 0)) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String writer = "writer " + w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        String text = writer + " entry " + i;
                        long number = wal.append(text.getBytes(StandardCharsets.UTF_8));
                        wal.sync(number);
                        assertThat(wal.durableThrough()).as("returned before its force").isGreaterThanOrEqualTo(number);
                        acknowledged.add(text);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS); // a lost wake-up leaves a writer parked here
            }
            pool.shutdown();
        }
        assertThat(acknowledged).hasSize(writers * each);
        try (WriteAheadLog reopened = WriteAheadLog.open(dir, 0)) {
            assertThat(reopened.entriesAfter(0).stream()
                    .map(entry -> new String(entry.payload(), StandardCharsets.UTF_8)).toList())
                    .containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }
}
