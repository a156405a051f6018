package org.techmatch.account;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.store.RecordStore;

/**
 * Accounts and tokens live in the same durable index as the records (so a backup of the index covers them),
 * through the same library code: versioned, written atomically with their audit entry.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class AccountConfiguration {

    @Bean
    LibraryService<Account> accountLibrary(AccountKind kind, RecordStore store, RecordCodec codec,
                                           LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }

    @Bean
    LibraryService<ApiToken> apiTokenLibrary(ApiTokenKind kind, RecordStore store, RecordCodec codec,
                                             LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }

    /** bcrypt, cost 10 (~0.1 s a check on this machine's cores; HTTP Basic checks are cached, see the provider). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
