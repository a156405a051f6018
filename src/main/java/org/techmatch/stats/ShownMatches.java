package org.techmatch.stats;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.Viewer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.techmatch.demand.Demand;

/**
 * Counts the matches the engine shows, for the district statistics. Counting happens in memory, on the request
 * path, and the counts are written to the store every few seconds and when the service stops: a match page
 * never waits for a commit, and a crash loses at most the last few seconds of counts.
 */
public final class ShownMatches implements AutoCloseable {
    static final String NOT_GIVEN = "未填写";
    private static final Logger log = LoggerFactory.getLogger(ShownMatches.class);

    private final LibraryService<ShownTally> tallies;
    private final Clock clock;
    private final Map<ShownTally.Key, LongAdder> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;
    /**
     * Matches already counted today. Kept in memory: a restart may count a pair a second time that day, which
     * is the lesser error against keeping a durable record of every page view.
     */
    private final Cache<Sighting, Boolean> seenToday = Caffeine.newBuilder().maximumSize(2_000_000)
            .expireAfterWrite(java.time.Duration.ofHours(25)).build();

    public ShownMatches(LibraryService<ShownTally> tallies, Clock clock, long flushSeconds) {
        this.tallies = tallies;
        this.clock = clock;
        this.flusher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("techmatch-shown-flush").daemon().factory());
        flusher.scheduleWithFixedDelay(this::flushQuietly, flushSeconds, flushSeconds, TimeUnit.SECONDS);
    }

    /**
     * Matches of a page shown to a viewer for a demand (the pair's other side: the ids listed). A match counts
     * once per signed-in viewer, pair and day, so reloading a page, paging back and forth, or a script calling
     * the page does not inflate the figures; an anonymous visitor's pages are not counted at all.
     */
    public void recordShown(Viewer viewer, Demand demand, List<String> matchedIds) {
        if (!viewer.signedIn() || viewer.username() == null) {
            return;
        }
        String day = TianjinTime.date(clock.instant()).toString();
        int fresh = 0;
        for (String matched : matchedIds) {
            if (seenToday.asMap().putIfAbsent(new Sighting(viewer.username(), demand.id(), matched, day),
                    Boolean.TRUE) == null) {
                fresh++;
            }
        }
        record(demand, fresh);
    }

    /** One viewer saw one match of one demand on one day. */
    private record Sighting(String viewer, String demandId, String matchedId, String day) {
    }

    /** count matches of one page were shown for this demand (stored or a draft). */
    public void record(Demand demand, int count) {
        if (count <= 0) {
            return;
        }
        ShownTally.Key key = new ShownTally.Key(TianjinTime.month(clock.instant()).toString(),
                demand.region() == null ? NOT_GIVEN : demand.region().name(),
                demand.techField() == null ? NOT_GIVEN : demand.techField().label(), Chains.of(demand).label());
        pending.computeIfAbsent(key, k -> new LongAdder()).add(count);
    }

    /** Every tally: the stored counts plus those not written yet. */
    public List<ShownTally> all() {
        Map<ShownTally.Key, ShownTally> merged = new HashMap<>();
        tallies.all().forEach(t -> merged.put(t.key(), t));
        Instant now = clock.instant();
        pending.forEach((key, adder) -> {
            long unsaved = adder.sum();
            if (unsaved > 0) {
                ShownTally stored = merged.get(key);
                merged.put(key, stored != null ? stored.with(stored.id(), stored.version(), stored.count() + unsaved,
                        stored.createdAt(), stored.updatedAt())
                        : new ShownTally(null, 0, key.month(), key.district(), key.techField(), key.chain(), unsaved,
                        now, now));
            }
        });
        return new ArrayList<>(merged.values());
    }

    /**
     * Writes the counts gathered since the last flush; a count that fails to be written is kept for the next. The
     * stored tallies are read once a flush: a lookup per key after the flush's own writes made the searchers
     * refresh once per key, every few seconds.
     */
    public synchronized void flush() {
        Map<ShownTally.Key, ShownTally> stored = null;
        for (Map.Entry<ShownTally.Key, LongAdder> entry : pending.entrySet()) {
            long delta = entry.getValue().sumThenReset();
            if (delta == 0) {
                continue;
            }
            ShownTally.Key key = entry.getKey();
            try {
                if (stored == null) {
                    stored = new HashMap<>();
                    for (ShownTally tally : tallies.all()) {
                        // the first by id when a key was ever stored twice, as a lookup by key finds it
                        stored.merge(tally.key(), tally,
                                (one, other) -> one.id().compareTo(other.id()) <= 0 ? one : other);
                    }
                }
                ShownTally current = stored.get(key);
                if (current == null) {
                    tallies.create(new ShownTally(null, 0, key.month(), key.district(), key.techField(), key.chain(),
                            delta, null, null));
                } else {
                    tallies.update(current.id(), current.version(), current.with(current.id(), current.version(),
                            current.count() + delta, current.createdAt(), current.updatedAt()));
                }
            } catch (RuntimeException e) {
                entry.getValue().add(delta);
                throw e;
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("could not store the counts of shown matches; will try again", e);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        flusher.shutdownNow();
        flushQuietly();
    }
}
