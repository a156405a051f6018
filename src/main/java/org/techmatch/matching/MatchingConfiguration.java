package org.techmatch.matching;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.expert.Expert;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.search.SnippetHighlighter;
import org.techmatch.search.candidates.LuceneCandidateSource;
import org.techmatch.search.candidates.SolrCandidateSource;
import org.techmatch.semantic.SemanticProperties;
import org.techmatch.semantic.TextEmbedder;
import org.techmatch.store.BackendProperties;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.solr.SolrRecordStore;
import org.techmatch.text.TextAnalysis;

/** Assembles the engine from the store, the libraries, the analysis and the model. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingProperties.class)
class MatchingConfiguration {

    @Bean
    Profiles matchProfiles(LibraryService<Achievement> achievements, LibraryService<Demand> demands,
                           LibraryService<Expert> experts) {
        return new Profiles(achievements, demands, experts);
    }

    /**
     * The candidates of the backend that keeps the records (techmatch.store.backend): the embedded index's, or the
     * SolrCloud collection's with the same semantics.
     */
    @Bean
    CandidateSource candidateSource(BackendProperties backend, DocumentStore store,
                                    ObjectProvider<SolrRecordStore> solr, LibrarySearcher searcher, Profiles profiles,
                                    TextAnalysis analysis, MatchingProperties properties) {
        if (backend.backend() == BackendProperties.Backend.SOLRCLOUD) {
            return SolrCandidateSource.of(solr.getObject(), searcher, profiles, analysis, properties);
        }
        return new LuceneCandidateSource(store, searcher, profiles, analysis, properties);
    }

    @Bean
    Matcher matcher(CandidateSource source, FusionModels models) {
        return new Matcher(source, models);
    }

    @Bean
    MatchService matchService(LibraryService<Achievement> achievements, LibraryService<Demand> demands,
                              LibraryService<Expert> experts, Profiles profiles, CandidateSource source,
                              Matcher matcher, TextAnalysis analysis, TextEmbedder embedder,
                              SemanticProperties semantic, MatchingProperties properties, Clock clock) {
        return new MatchService(achievements, demands, experts, profiles, source, matcher,
                new Explainer(new SnippetHighlighter(analysis)), embedder, semantic, properties, clock);
    }
}
