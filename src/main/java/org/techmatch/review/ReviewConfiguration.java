package org.techmatch.review;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** Review decisions live in the same durable index as the records they decide on. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {
    @Bean
    LibraryService<ReviewNote> reviewNoteLibrary(ReviewNoteKind kind, RecordStore store, RecordCodec codec,
                                                 LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
