package org.techmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A ranking asked for while it is being computed is computed once; both askers get it, or both its failure. */
class RankingsInFlightTest {

    @Test
    void aSecondRequestWaitsForTheRankingBeingComputedInsteadOfComputingItAgain() throws Exception {
        RankingsInFlight<String, String> inFlight = new RankingsInFlight<>();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> inFlight.join("需求D1@7", () -> {
            computed.incrementAndGet();
            started.countDown();
            await(release);
            return "排序结果";
        }), runnable -> Thread.ofPlatform().start(runnable));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> inFlight.join("需求D1@7", () -> {
            computed.incrementAndGet();
            return "重复计算";
        }), runnable -> Thread.ofPlatform().start(runnable));
        Thread.sleep(200);
        assertThat(second).as("the second request waits for the first computation").isNotDone();
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("排序结果");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("排序结果");
        assertThat(computed).hasValue(1);
        assertThat(inFlight.join("需求D1@7", () -> "下一次计算")).as("nothing is kept once computed")
                .isEqualTo("下一次计算");
    }

    @Test
    void aFailedComputationFailsEveryRequestWaitingForItAndIsNotKept() throws Exception {
        RankingsInFlight<String, String> inFlight = new RankingsInFlight<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> inFlight.join("需求D2@1", () -> {
            started.countDown();
            await(release);
            throw new IllegalStateException("索引不可用");
        }), runnable -> Thread.ofPlatform().start(runnable));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> inFlight.join("需求D2@1",
                () -> "不应计算"), runnable -> Thread.ofPlatform().start(runnable));
        Thread.sleep(200);
        release.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("索引不可用");
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("索引不可用");
        assertThat(inFlight.join("需求D2@1", () -> "重试成功")).isEqualTo("重试成功");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
