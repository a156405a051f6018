package org.techmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.RecordValidationTestData;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.SearchQueryParser;
import org.techmatch.semantic.VectorFields;
import org.techmatch.store.TestLibraries;

class ReindexCommandTest {

    @Test
    void reindexRebuildsTheIndexFromStoredSourcesAndKeepsEveryRecord(@TempDir Path index) {
        String id;
        try (TestLibraries libraries = TestLibraries.open(index)) {
            id = libraries.achievements().create(RecordValidationTestData.achievement("质子交换膜燃料电池催化剂",
                    "低铂载量核壳结构催化剂，质量活性为商业铂碳的 3 倍。")).id();
            libraries.achievements().create(RecordValidationTestData.achievement("碳纤维复合材料自动铺丝工艺",
                    "面向航空结构件的自动铺丝与在线检测。"));
            // the first record has its vector already: a reindex must not send it back to the embedding job
            var withVector = libraries.achievements().toIndexed(libraries.achievements().get(id));
            VectorFields.add(withVector.fields(), TestLibraries.unitVector(512, 3));
            libraries.store().writeAll(List.of(withVector));
        }

        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(Commands.run(new String[]{"reindex", "--index", index.toString()})).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("reindexed 2 records in " + index.toAbsolutePath());

        try (TestLibraries reopened = TestLibraries.open(index)) {
            assertThat(reopened.achievements().count()).isEqualTo(2);
            Achievement kept = reopened.achievements().get(id);
            assertThat(kept.title()).isEqualTo("质子交换膜燃料电池催化剂");
            assertThat(kept.version()).isEqualTo(1);
            var page = reopened.achievements().search(SearchQueryParser.parse(Map.of("q", List.of("燃料电池催化剂")),
                    reopened.achievements().kind().searchSchema()), Viewer.ANONYMOUS, Map.of());
            assertThat(page.items()).extracting(hit -> hit.record().id()).containsExactly(id);
            assertThat(reopened.store().countLacking(List.of("achievement"), VectorFields.VECTOR))
                    .as("the vector of the first record is kept, the second still waits").isEqualTo(1);
            java.util.Map<String, float[]> vectors = new java.util.HashMap<>();
            reopened.store().forEachWithVectors("achievement",
                    r -> r.vectors().forEach((field, v) -> vectors.put(r.stored().id(), v)));
            assertThat(vectors.get(id)).containsExactly(TestLibraries.unitVector(512, 3));
        }
    }

    @Test
    void anUnknownOptionIsRefusedBeforeAnythingRuns() {
        assertThat(Commands.run(new String[]{"reindex", "--colour", "red"})).isEqualTo(2);
    }
}
