package org.techmatch.ranking;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** Ranking models live in the index like every record, so a backup carries the model in use and its history. */
@Configuration(proxyBeanMethods = false)
class RankingConfiguration {
    @Bean
    LibraryService<RankingModel> rankingModelLibrary(RankingModelKind kind, RecordStore store, RecordCodec codec,
                                                     LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
