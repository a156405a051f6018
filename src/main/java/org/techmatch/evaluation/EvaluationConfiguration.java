package org.techmatch.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.matching.MatchService;
import org.techmatch.semantic.EmbeddingJob;
import org.techmatch.store.RecordStore;
import tools.jackson.databind.json.JsonMapper;

/** The evaluation run the eval command drives, reporting its progress on standard output. */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    Evaluation evaluation(LibraryService<Achievement> achievements, LibraryService<Demand> demands,
                          MatchService engine, EmbeddingJob embedding, RecordStore store, JsonMapper json) {
        return new Evaluation(achievements, demands, engine, embedding, store, json, System.out);
    }
}
