package org.techmatch.duplicates;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** The suspected-duplicate pairs are stored through the same library code as every other record. */
@Configuration(proxyBeanMethods = false)
class DuplicateConfiguration {
    @Bean
    LibraryService<DuplicatePair> duplicateLibrary(DuplicateKind kind, RecordStore store, RecordCodec codec,
                                                   LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
