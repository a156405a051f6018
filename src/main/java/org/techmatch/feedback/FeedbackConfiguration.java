package org.techmatch.feedback;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** Marks on matches live in the same durable store as the records they are about (backed up and audited with them). */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {
    @Bean
    LibraryService<MatchFeedback> feedbackLibrary(FeedbackKind kind, RecordStore store, RecordCodec codec,
                                                  LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
