package org.techmatch.interest;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** Interests live in the same durable store as the records they are about. */
@Configuration(proxyBeanMethods = false)
class InterestConfiguration {
    @Bean
    LibraryService<Interest> interestLibrary(InterestKind kind, RecordStore store, RecordCodec codec,
                                             LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
