package org.techmatch.subscription;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** Saved searches live in the same durable store as the records they watch. */
@Configuration(proxyBeanMethods = false)
class SubscriptionConfiguration {
    @Bean
    LibraryService<Subscription> subscriptionLibrary(SubscriptionKind kind, RecordStore store, RecordCodec codec,
                                                     LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
