package org.techmatch.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the index lives.
 *
 * @param path        the index directory (default ./index)
 * @param ramBufferMb     memory for documents not yet flushed to a segment (default 64); bulk loads of millions of
 *                        records with vectors make fewer, larger segments (less merging) with more
 * @param refreshMs       how often searchers refresh to show new writes (default 1000); a read that starts after a
 *                        write of its types they do not show yet refreshes them itself, so this only saves reads
 *                        that wait (and bounds the writes kept in memory for reads by id)
 * @param commitMs        how often Lucene commits in the background (default 2000): a start replays the
 *                        write-ahead log written since the last commit
 * @param commitLogMb     log size since the last commit that brings the next commit forward (default 64)
 * @param realtimeSearch  false (default): a search (full text, facets, matching, audit pages) sees the caller's
 *                        own writes at once — those of its thread and of its signed-in account from any request —
 *                        and other writers' within refreshMs, never waiting for a refresh it does not need; true:
 *                        every search sees every write of its types acknowledged before it (refreshing first when
 *                        needed). Reads by id or key, counts and listings are realtime either way
 */
@ConfigurationProperties("techmatch.index")
public record StoreProperties(Path path, Integer ramBufferMb, Long refreshMs, Long commitMs, Long commitLogMb,
                              Boolean realtimeSearch) {
    public StoreProperties {
        if (path == null) {
            path = Path.of("index");
        }
        if (ramBufferMb == null || ramBufferMb < 16) {
            ramBufferMb = 64;
        }
        if (refreshMs == null || refreshMs < 10) {
            refreshMs = 1_000L;
        }
        if (commitMs == null || commitMs < 100) {
            commitMs = 2_000L;
        }
        if (commitLogMb == null || commitLogMb < 1) {
            commitLogMb = 64L;
        }
        if (realtimeSearch == null) {
            realtimeSearch = false;
        }
    }
}
