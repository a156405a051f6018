package org.techmatch.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the index lives.
 *
 * @param path the index directory (default ./index)
 */
@ConfigurationProperties("techmatch.index")
public record StoreProperties(Path path) {
    public StoreProperties {
        if (path == null) {
            path = Path.of("index");
        }
    }
}
