package org.techmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** At most as many rankings run at once as there are slots; the others wait their turn and none is lost. */
class RankingSlotsTest {

    @Test
    void noMoreRankingsRunAtOnceThanThereAreSlotsAndEveryOneCompletes() throws Exception {
        RankingSlots slots = new RankingSlots(2);
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
        RankingSlots slots = new RankingSlots(1);
        assertThat(slots.run(() -> slots.run(() -> "团队画像"))).isEqualTo("团队画像");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
