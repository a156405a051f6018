package org.techmatch.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.catalog.LibraryService;
import org.techmatch.importing.job.ImportService;
import org.techmatch.matching.MatchService;
import org.techmatch.semantic.EmbeddingJob;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.StoreProperties;
import org.techmatch.store.solr.SolrRecordStore;

/**
 * Health components and metrics for operators (README, Health and metrics): the checks are served by Actuator,
 * the meters go to every Micrometer registry (Prometheus at /actuator/prometheus).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpsProperties.class)
class OpsConfiguration {
    @Bean
    IndexState indexState(DocumentStore store, Clock clock) {
        return new IndexState(store, clock);
    }

    @Bean
    HealthCheck indexHealth(IndexState index, OpsProperties properties) {
        return new IndexHealth(index, properties);
    }

    @Bean
    HealthCheck writeAheadLogHealth(DocumentStore store, StoreProperties properties) {
        return new WriteAheadLogHealth(store, properties);
    }

    /** The solrcloud backend's collection (techmatch.store.backend=solrcloud). */
    @Bean
    @ConditionalOnProperty(name = "techmatch.store.backend", havingValue = "solrcloud")
    HealthCheck solrCloudHealth(SolrRecordStore store) {
        return new SolrCloudHealth(store);
    }

    @Bean
    HealthCheck embeddingHealth(EmbeddingJob job) {
        return new EmbeddingHealth(job);
    }

    /** Commands run without Actuator's health endpoint: then there is nothing to register with. */
    @Bean
    HealthChecks healthChecks(ObjectProvider<HealthContributorRegistry> registry, List<HealthCheck> checks) {
        return new HealthChecks(registry.getIfAvailable(), checks);
    }

    /** The service's own meters; match latency and cache ratios come from the match service itself. */
    @Bean
    MeterBinder techmatchMeters(IndexState index, EmbeddingJob embedding, MatchService matches,
                                List<LibraryService<?>> libraries, ImportService imports) {
        return registry -> {
            Gauge.builder("techmatch.index.commit.age", index, IndexState::commitAgeSeconds).baseUnit("seconds")
                    .description("Time since the index last committed (-1: never)").register(registry);
            Gauge.builder("techmatch.index.refresh.age", index, IndexState::searcherAgeSeconds).baseUnit("seconds")
                    .description("Time since the searchers last showed a new state").register(registry);
            FunctionCounter.builder("techmatch.index.refreshes", index, IndexState::refreshes)
                    .description("Refreshes that showed new writes (each starts a new generation of cached rankings)")
                    .register(registry);
            Gauge.builder("techmatch.index.disk.free", index, IndexState::freeBytes).baseUnit("bytes")
                    .description("Free space on the index's disk").register(registry);
            Gauge.builder("techmatch.wal.size", index, IndexState::logBytes).baseUnit("bytes")
                    .description("Bytes in the write-ahead log a start would replay").register(registry);
            Gauge.builder("techmatch.embedding.backlog", embedding, EmbeddingJob::pendingCount)
                    .description("Records still without a vector").register(registry);
            Gauge.builder("techmatch.embedding.rate", embedding, job -> job.status().perSecond())
                    .description("Records embedded per second, recently").register(registry);
            FunctionCounter.builder("techmatch.embedding.embedded", embedding, job -> job.status().embedded())
                    .description("Records embedded since the service started").register(registry);
            matches.measureWith(registry);
            imports.measureWith(registry);
            // one timer per library and operation, looked up in a map of our own: registering on every write
            // built and hashed its id and tags each time, a percent of a write's CPU
            Map<String, Timer> timers = new ConcurrentHashMap<>();
            for (LibraryService<?> library : libraries) {
                library.timeWritesWith((type, operation, records, nanos) -> timers.computeIfAbsent(
                        type + ":" + operation, key -> Timer.builder("techmatch.write")
                                .description("A durable write of a library, from the call until it is acknowledged")
                                .tag("library", type).tag("operation", operation).publishPercentileHistogram()
                                .register(registry)).record(nanos, TimeUnit.NANOSECONDS));
            }
        };
    }
}
