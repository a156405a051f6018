package org.techmatch.benchmark;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.techmatch.demand.Demand;
import org.techmatch.matching.MatchPage;

/**
 * Asks every query once, from a number of concurrent clients, and times each request from the moment it is
 * sent until its page (with explanations) is back.
 */
final class LatencyRun {
    private LatencyRun() {
    }

    /**
     * @param ask a full match (a page, whose matches are counted) or the first stage alone (the number of
     *            candidates it found)
     */
    static LatencyFigures run(String mode, int clients, List<Demand> queries, Function<Demand, ?> ask)
            throws Exception {
        long[] nanos = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong matches = new AtomicLong();
        AtomicLong abstained = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients,
                Thread.ofPlatform().name("bench-client-", 0).daemon().factory());
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        Object answer = ask.apply(queries.get(i));
                        nanos[i] = System.nanoTime() - sent;
                        if (answer instanceof MatchPage page) {
                            matches.addAndGet(page.matches().size());
                            if (page.noGoodMatch()) {
                                abstained.incrementAndGet();
                            }
                        } else if (answer instanceof Integer candidates) {
                            matches.addAndGet(candidates);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        return LatencyFigures.of(mode, clients, nanos, wall, matches.get(), abstained.get());
    }
}
