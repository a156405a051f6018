package org.techmatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.catalog.RecordValidationTestData;
import org.techmatch.search.SearchQueryParser;

/**
 * A service started on an index written with an older field layout rebuilds it before answering: the owner's
 * search for its own draft (which relies on a field of the new layout) finds it, and nothing is lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class IndexUpgradeTest {
    private static String draftId;

    @Autowired
    DocumentStore store;
    @Autowired
    LibraryService<Achievement> achievements;

    @DynamicPropertySource
    static void anIndexOfTheOlderLayout(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("techmatch-upgrade-");
        try (TestLibraries libraries = TestLibraries.open(dir)) {
            Achievement draft = RecordValidationTestData.achievement("旧版索引中的草稿成果", "升级前写入的草稿。");
            draftId = libraries.achievements().create(new Achievement(null, 0,
                    org.techmatch.vocabulary.AchievementStatus.DRAFT, draft.title(), draft.description(),
                    draft.owner(), draft.team(), draft.contact(), draft.techField(), draft.industry(),
                    draft.keywords(), draft.maturity(), draft.ip(), draft.transferModes(), draft.askingPrice(),
                    draft.applicationScope(), draft.region(), null, null, null)).id();
        }
        // what an index from before the layout was recorded looks like: no layout in its commit
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("techmatch.mapping", "1").entrySet());
            writer.commit();
        }
        registry.add("techmatch.index.path", dir::toString);
        registry.add("techmatch.fixtures.load-on-empty", () -> "false");
        registry.add("techmatch.semantic.background-job", () -> "false");
    }

    @Test
    void anOlderIndexIsRebuiltAtStartAndKeepsEveryRecord() {
        assertThat(store.mappingVersion()).isEqualTo(DocumentStore.MAPPING_VERSION);
        assertThat(store.needsReindex()).isFalse();
        Achievement draft = achievements.get(draftId);
        assertThat(draft.title()).isEqualTo("旧版索引中的草稿成果");
        Viewer owner = new Viewer(Role.UNIVERSITY, draft.owner().name(), "owner", null, List.of());
        var page = achievements.search(SearchQueryParser.parse(Map.of("status", List.of("草稿")),
                achievements.kind().searchSchema()), owner, Map.of());
        assertThat(page.items()).extracting(hit -> hit.record().id()).contains(draftId);
    }
}
