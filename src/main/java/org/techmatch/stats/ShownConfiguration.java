package org.techmatch.stats;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** Counts of shown matches are stored through the same library code as every other record. */
@Configuration(proxyBeanMethods = false)
class ShownConfiguration {
    @Bean
    LibraryService<ShownTally> shownTallyLibrary(ShownTallyKind kind, RecordStore store, RecordCodec codec,
                                                 LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }

    @Bean(destroyMethod = "close")
    ShownMatches shownMatches(LibraryService<ShownTally> shownTallyLibrary, Clock clock,
                              StatsProperties properties) {
        return new ShownMatches(shownTallyLibrary, clock, properties.shownFlushSeconds());
    }
}
