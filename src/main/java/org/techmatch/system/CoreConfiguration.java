package org.techmatch.system;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandKind;
import org.techmatch.expert.Expert;
import org.techmatch.expert.ExpertKind;
import org.techmatch.expert.LinkedAchievements;
import org.techmatch.fixtures.FixtureProperties;
import org.techmatch.search.IndexAnalyzer;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.search.LuceneLibrarySearcher;
import org.techmatch.search.LuceneNewestFirst;
import org.techmatch.search.LuceneSimilarRecords;
import org.techmatch.search.NewestFirst;
import org.techmatch.search.SimilarRecords;
import org.techmatch.search.SnippetHighlighter;
import org.techmatch.search.TextQueries;
import org.techmatch.search.solr.SolrLibrarySearcher;
import org.techmatch.search.solr.SolrNewestFirst;
import org.techmatch.search.solr.SolrSimilarRecords;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.RecordStore;
import org.techmatch.store.BackendProperties;
import org.techmatch.store.StoreProperties;
import org.techmatch.store.solr.SolrProperties;
import org.techmatch.store.solr.SolrRecordStore;
import org.techmatch.text.TextAnalysis;
import org.techmatch.web.WebProperties;

/** Builds the shared core once: analysis, the store, the searcher and one service per library. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, BackendProperties.class, SolrProperties.class,
        FixtureProperties.class, WebProperties.class})
class CoreConfiguration {
    private static final String BACKEND = "techmatch.store.backend";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TextAnalysis textAnalysis() {
        return TextAnalysis.load();
    }

    @Bean(destroyMethod = "close")
    DocumentStore documentStore(StoreProperties properties, BackendProperties backend, TextAnalysis analysis) {
        DocumentStore store = DocumentStore.open(properties.path(), new IndexAnalyzer(analysis),
                properties.ramBufferMb(), properties.refreshMs(), properties.commitMs(), properties.commitLogMb(),
                properties.realtimeSearch());
        // a search shows the writes of its account at once, whichever request or import job made them
        store.identifyWritersBy(new WritingAccount());
        if (backend.backend() == BackendProperties.Backend.SOLRCLOUD) {
            // what still reads the local index directly (its own backups, index state) would answer "nothing" for records that exist
            store.refuseSearches("本机备份与本机索引状态尚未支持 SolrCloud 后端（备份请用 solr-backup）");
        }
        return store;
    }

    /**
     * The solrcloud backend (techmatch.store.backend=solrcloud): every service's records live in the collection.
     * Primary, so the services take it as their RecordStore; the embedded index above stays for matching's
     * candidates, which still read Lucene directly (README, SolrCloud).
     */
    @Bean(destroyMethod = "close")
    @Primary
    @ConditionalOnProperty(name = BACKEND, havingValue = "solrcloud")
    SolrRecordStore solrRecordStore(SolrProperties properties, TextAnalysis analysis) {
        return new SolrRecordStore(properties, new IndexAnalyzer(analysis));
    }

    @Bean
    @ConditionalOnProperty(name = BACKEND, havingValue = "embedded", matchIfMissing = true)
    LibrarySearcher librarySearcher(DocumentStore store, TextAnalysis analysis) {
        return new LuceneLibrarySearcher(store, new TextQueries(analysis), new SnippetHighlighter(analysis));
    }

    @Bean
    @ConditionalOnProperty(name = BACKEND, havingValue = "solrcloud")
    LibrarySearcher solrLibrarySearcher(SolrRecordStore store, TextAnalysis analysis) {
        return new SolrLibrarySearcher(store.queries(), new TextQueries(analysis), new SnippetHighlighter(analysis));
    }

    /** The audit log's newest-first listing. */
    @Bean
    @ConditionalOnProperty(name = BACKEND, havingValue = "embedded", matchIfMissing = true)
    NewestFirst newestFirst(DocumentStore store) {
        return new LuceneNewestFirst(store);
    }

    @Bean
    @ConditionalOnProperty(name = BACKEND, havingValue = "solrcloud")
    NewestFirst solrNewestFirst(SolrRecordStore store) {
        return new SolrNewestFirst(store.queries());
    }

    /** Duplicate detection's nearest-record lookup. */
    @Bean
    @ConditionalOnProperty(name = BACKEND, havingValue = "embedded", matchIfMissing = true)
    SimilarRecords similarRecords(DocumentStore store) {
        return new LuceneSimilarRecords(store);
    }

    @Bean
    @ConditionalOnProperty(name = BACKEND, havingValue = "solrcloud")
    SimilarRecords solrSimilarRecords(SolrRecordStore store) {
        return new SolrSimilarRecords(store.queries(), store);
    }

    @Bean
    RecordCodec recordCodec() {
        return new RecordCodec();
    }

    @Bean
    LibraryService<Achievement> achievementLibrary(AchievementKind kind, RecordStore store, RecordCodec codec,
                                                   LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }

    @Bean
    LibraryService<Demand> demandLibrary(DemandKind kind, RecordStore store, RecordCodec codec,
                                         LibrarySearcher searcher, Clock clock) {
        return new LibraryService<>(kind, store, codec, searcher, clock);
    }

    @Bean
    LibraryService<Expert> expertLibrary(ExpertKind kind, LibraryService<Achievement> achievements,
                                         RecordStore store, RecordCodec codec, LibrarySearcher searcher,
                                         Clock clock) {
        return new LibraryService<>(kind, new LinkedAchievements(achievements), store, codec, searcher, clock);
    }
}
