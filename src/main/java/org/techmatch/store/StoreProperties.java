package org.techmatch.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the index lives.
 *
 * @param path        the index directory (default ./index)
 * @param ramBufferMb memory for documents not yet flushed to a segment (default 64); bulk loads of millions of
 *                    records with vectors make fewer, larger segments (less merging) with more
 */
@ConfigurationProperties("techmatch.index")
public record StoreProperties(Path path, Integer ramBufferMb) {
    public StoreProperties {
        if (path == null) {
            path = Path.of("index");
        }
        if (ramBufferMb == null || ramBufferMb < 16) {
            ramBufferMb = 64;
        }
    }
}
