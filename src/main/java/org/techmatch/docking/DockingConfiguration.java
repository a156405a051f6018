package org.techmatch.docking;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** Dockings live in the same durable store as the libraries, through the same library code. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DockingProperties.class)
class DockingConfiguration {

    @Bean
    LibraryService<Docking> dockingLibrary(DockingKind kind, RecordStore store, RecordCodec codec,
                                           LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
