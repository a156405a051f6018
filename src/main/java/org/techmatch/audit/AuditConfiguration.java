package org.techmatch.audit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/** The audit log lives in the index it describes, so a backup of the index carries it. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {
    @Bean
    LibraryService<AuditEntry> auditLibrary(AuditKind kind, RecordStore store, RecordCodec codec,
                                            LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }
}
