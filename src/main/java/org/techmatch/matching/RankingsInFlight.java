package org.techmatch.matching;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rankings being computed, by key: a request for a ranking that another request is computing waits for that
 * computation instead of queueing for a ranking slot of its own. Under load, the same demand is matched again
 * while its ranking is still being computed; without this such a request waited for a slot behind other rankings
 * only to find the ranking cached when its turn came.
 */
final class RankingsInFlight<K, V> {
    private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    /** The value computed for key now: by this call, or by the call already computing it (its failure too). */
    V join(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> first = running.putIfAbsent(key, mine);
        if (first != null) {
            return awaitOther(first);
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private static <V> V awaitOther(CompletableFuture<V> other) {
        try {
            return other.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
