package org.techmatch.semantic;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.techmatch.catalog.Libraries;
import org.techmatch.store.RecordStore;

/** The embedding model and its background job, started once the service is ready (fixtures loaded). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SemanticProperties.class)
class SemanticConfiguration {

    @Bean
    TextEmbedder textEmbedder(SemanticProperties properties) {
        return new TextEmbedder(properties.maxChars());
    }

    @Bean(destroyMethod = "close")
    EmbeddingJob embeddingJob(RecordStore store, Libraries libraries, TextEmbedder embedder,
                              SemanticProperties properties) {
        return new EmbeddingJob(store, libraries, embedder, properties);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startEmbedding(ApplicationReadyEvent event) {
        SemanticProperties properties = event.getApplicationContext().getBean(SemanticProperties.class);
        if (Boolean.TRUE.equals(properties.backgroundJob())) {
            event.getApplicationContext().getBean(EmbeddingJob.class).start();
        }
    }
}
