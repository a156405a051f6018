package org.techmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * At most as many rankings run at once as there are slots; the others wait their turn and none is lost, but none
 * waits longer than the bound.
 */
class RankingSlotsTest {
    private static final Duration LONG_WAIT = Duration.ofMinutes(1);

    @Test
    void noMoreRankingsRunAtOnceThanThereAreSlotsAndEveryOneCompletes() throws Exception {
        RankingSlots slots = new RankingSlots(2, LONG_WAIT);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    start.await();
                    return slots.run(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep(30);
                        running.decrementAndGet();
                        return n;
                    });
                }));
            }
            start.countDown();
            int sum = 0;
            for (Future<Integer> f : done) {
                sum += f.get(10, TimeUnit.SECONDS);
            }
            assertThat(sum).isEqualTo(28);
        }
        assertThat(most.get()).as("rankings at once").isEqualTo(2);
    }

    @Test
    void aRankingInsideARankingDoesNotWaitForTheSlotItHolds() {
        RankingSlots slots = new RankingSlots(1, LONG_WAIT);
        assertThat(slots.run(() -> slots.run(() -> "团队画像"))).isEqualTo("团队画像");
    }

    @Test
    void aRankingThatWaitedTheBoundGoesAheadWithoutASlotAndTakesNoneAway() throws Exception {
        RankingSlots slots = new RankingSlots(1, Duration.ofSeconds(1));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(3)) {
            Future<String> holder = pool.submit(() -> slots.run(() -> {
                holding.countDown();
                await(release);
                return "占用";
            }));
            holding.await();
            long start = System.nanoTime();
            assertThat(slots.run(() -> "不再等待")).isEqualTo("不再等待");
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(waitedMs).as("waited for the slot, then no longer").isBetween(1_000L, 10_000L);
            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo("占用");

            // the ranking without a slot gave none back: still one slot, so short rankings again run one at a time
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                done.add(pool.submit(() -> slots.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(20);
                    return running.decrementAndGet();
                })));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
            assertThat(most.get()).as("rankings at once").isEqualTo(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
