package org.techmatch.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Values that hold for one searcher generation (rankings), bounded by their weight. A value is computed once per
 * key and generation: a request for one being computed joins that computation ({@link RankingsInFlight}), and a
 * computation waits for a ranking slot ({@link RankingSlots}). Once a newer generation is asked for, the values
 * of older ones are removed: no request reaches them any more, and left to the cache's own eviction they filled
 * it, and its frequency-based admission then turned away most new values (each asked for a few times within one
 * generation) — under a stream of writes 1 % of the rankings asked for were found.
 */
final class GenerationCache<K, V> {
    private record Entry<K>(long generation, K key) {
    }

    private final Cache<Entry<K>, V> values;
    private final RankingsInFlight<Entry<K>, V> inFlight = new RankingsInFlight<>();
    private final RankingSlots slots;
    /** The generation last asked for, when it differed from the one before. */
    private final AtomicLong lastGeneration = new AtomicLong(Long.MIN_VALUE);

    GenerationCache(long maximumWeight, ToIntFunction<V> weigher, RankingSlots slots) {
        this.values = Caffeine.newBuilder().maximumWeight(maximumWeight)
                .weigher((Entry<K> key, V value) -> Math.max(1, weigher.applyAsInt(value))).recordStats().build();
        this.slots = slots;
    }

    /** The value of key in this generation: cached, being computed by another request, or computed now. */
    V get(long generation, K key, Supplier<V> compute) {
        dropOlderThan(generation);
        Entry<K> entry = new Entry<>(generation, key);
        V cached = values.getIfPresent(entry);
        if (cached != null) {
            return cached;
        }
        return inFlight.join(entry, () -> slots.run(() -> values.get(entry, e -> compute.get())));
    }

    private void dropOlderThan(long generation) {
        long last = lastGeneration.get();
        // != rather than >: a backend whose generations start again (a restored index) still purges later on
        if (generation != last && lastGeneration.compareAndSet(last, generation)) {
            values.asMap().keySet().removeIf(entry -> entry.generation() < generation);
        }
    }

    void clear() {
        values.invalidateAll();
    }

    /** Publishes the hit ratio and size under this name. */
    void monitor(MeterRegistry registry, String name) {
        CaffeineCacheMetrics.monitor(registry, values, name);
    }
}
