package org.techmatch.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.AbstractApplicationEventMulticaster;
import org.springframework.context.event.SimpleApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.techmatch.store.StoreUnavailableException;

/**
 * Work the features do when the service is ready (expire demands, send reminders, recover the outbox) needs the
 * store. With the solrcloud backend the cluster may be down at start: the service must start anyway, answer 503
 * and recover when the cluster returns, so such a listener's {@link StoreUnavailableException} is logged and the
 * work waits for its next scheduled run; any other failure still stops the start.
 */
@Configuration(proxyBeanMethods = false)
class StartupEvents {
    private static final Logger log = LoggerFactory.getLogger(StartupEvents.class);

    @Bean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME)
    AbstractApplicationEventMulticaster applicationEventMulticaster() {
        SimpleApplicationEventMulticaster events = new SimpleApplicationEventMulticaster();
        events.setErrorHandler(failure -> {
            if (failure instanceof StoreUnavailableException unavailable) {
                log.warn("Skipped work on an event while the store is unavailable: {}", unavailable.getMessage());
                return;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        });
        return events;
    }
}
