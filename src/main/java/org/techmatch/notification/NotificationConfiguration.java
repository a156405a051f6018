package org.techmatch.notification;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** Notifications and their settings live in the same durable store as every record. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {
    @Bean
    LibraryService<Notification> notificationLibrary(NotificationKind kind, RecordStore store, RecordCodec codec,
                                                     LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }

    @Bean
    LibraryService<Preferences> notificationPreferencesLibrary(PreferencesKind kind, RecordStore store,
                                                               RecordCodec codec, LibrarySearcher searcher,
                                                               Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
