package org.techmatch.challenge;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.DocumentStore;

/** Challenges and applications live in the same durable store as the libraries, through the same library code. */
@Configuration(proxyBeanMethods = false)
class ChallengeConfiguration {

    @Bean
    LibraryService<Challenge> challengeLibrary(ChallengeKind kind, DocumentStore store, RecordCodec codec,
                                               LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }

    @Bean
    LibraryService<Application> applicationLibrary(ApplicationKind kind, DocumentStore store, RecordCodec codec,
                                                   LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
