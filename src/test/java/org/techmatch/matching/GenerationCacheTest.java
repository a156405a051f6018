package org.techmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Rankings of the current searcher generation stay found while generations pass: a refresh drops the older ones
 * instead of leaving them to crowd the new ones out.
 */
class GenerationCacheTest {
    private static final Duration LONG_WAIT = Duration.ofMinutes(1);

    private static final int RANKINGS_HELD = 20;

    @Test
    void everyRankingOfTheCurrentGenerationIsFoundAgainAfterManyGenerationsPassed() {
        GenerationCache<String, String> cache = new GenerationCache<>(RANKINGS_HELD, value -> 1,
                new RankingSlots(2, LONG_WAIT));
        AtomicInteger computed = new AtomicInteger();
        // a stream of writes: each generation, a dozen demands are matched once each
        for (long generation = 1; generation <= 50; generation++) {
            for (int demand = 0; demand < 12; demand++) {
                long g = generation;
                int d = demand;
                cache.get(generation, "D" + demand, () -> {
                    computed.incrementAndGet();
                    return "第" + g + "代 需求" + d;
                });
            }
        }
        computed.set(0);

        List<String> again = new ArrayList<>();
        for (int demand = 0; demand < 12; demand++) {
            again.add(cache.get(50, "D" + demand, () -> {
                computed.incrementAndGet();
                return "重新计算";
            }));
        }
        assertThat(computed).as("rankings computed again within generation 50").hasValue(0);
        assertThat(again).first().isEqualTo("第50代 需求0");
    }

    @Test
    void aNewGenerationIsComputedAfreshAndTheOlderOneIsNoLongerHeld() {
        GenerationCache<String, String> cache = new GenerationCache<>(RANKINGS_HELD, value -> 1,
                new RankingSlots(1, LONG_WAIT));
        assertThat(cache.get(7, "D1", () -> "旧排序")).isEqualTo("旧排序");
        assertThat(cache.get(8, "D1", () -> "新排序")).isEqualTo("新排序");
        assertThat(cache.get(7, "D1", () -> "旧代重算")).as("generation 7's ranking was dropped with the refresh")
                .isEqualTo("旧代重算");
    }
}
