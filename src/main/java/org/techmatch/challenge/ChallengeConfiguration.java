package org.techmatch.challenge;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** Challenges and applications live in the same durable store as the libraries, through the same library code. */
@Configuration(proxyBeanMethods = false)
class ChallengeConfiguration {

    @Bean
    LibraryService<Challenge> challengeLibrary(ChallengeKind kind, RecordStore store, RecordCodec codec,
                                               LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }

    @Bean
    LibraryService<Application> applicationLibrary(ApplicationKind kind, RecordStore store, RecordCodec codec,
                                                   LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
