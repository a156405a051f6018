package org.techmatch.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.Organisation;
import org.techmatch.semantic.VectorFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.StaleVersionException;
import org.techmatch.store.StoredRecord;
import org.techmatch.store.TestLibraries;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;

/**
 * A migration copies every record with its version and JSON source unchanged, builds its indexed fields again so
 * the target finds it, and proves the copy with counts and checksums that notice any changed record.
 */
class StoreMigrationTest {
    private static final long HOUR = 3_600_000;

    @TempDir
    Path dir;

    @Test
    void copiesEveryRecordWithItsVersionAndSourceAndProvesIt() {
        String revisedId;
        StoredRecord revisedSource;
        try (TestLibraries from = TestLibraries.open(dir.resolve("from"), HOUR, HOUR)) {
            from.achievements().create(achievement("激光焊缝跟踪系统"));
            from.achievements().create(achievement("耐高温陶瓷涂层"));
            Achievement revised = from.achievements().create(achievement("海水淡化膜 初版"));
            revisedId = revised.id();
            from.achievements().update(revisedId, 1, achievement("海水淡化膜 第二版"));
            from.achievements().update(revisedId, 2, achievement("海水淡化膜 第三版"));
            revisedSource = from.store().get(revisedId).orElseThrow();

            try (TestLibraries to = TestLibraries.open(dir.resolve("to"), HOUR, HOUR)) {
                StoreMigration.Report report = migration(to).migrate(from.store(), to.store());

                assertThat(report.verified()).as(report.differences().toString()).isTrue();
                assertThat(report.copied().counts()).isEqualTo(Map.of("achievement", 3L));
                assertThat(report.target()).isEqualTo(SourceTally.of(from.store()));
                assertThat(report.differences()).isEmpty();
            }
        }
        try (TestLibraries reopened = TestLibraries.open(dir.resolve("to"), HOUR, HOUR)) {
            StoredRecord copied = reopened.store().get(revisedId).orElseThrow();
            assertThat(copied.version()).isEqualTo(3);
            assertThat(copied.source()).isEqualTo(revisedSource.source());
            assertThat(reopened.achievements().get(revisedId).title()).isEqualTo("海水淡化膜 第三版");
            assertThat(reopened.achievements().count()).as("indexed, not only stored").isEqualTo(3);
            assertThat(reopened.store().needsReindex()).isFalse();
            // A stale version is still refused in the copy: versions carry over, so optimistic concurrency holds.
            assertThatThrownBy(() -> reopened.achievements().update(revisedId, 2, achievement("过期版本的修改")))
                    .isInstanceOf(StaleVersionException.class);
        }
    }

    @Test
    void aRecordsVectorIsCopiedWithItSoTheTargetNeedNotEmbedItAgain() {
        float[] vector = TestLibraries.unitVector(512, 7);
        try (TestLibraries from = TestLibraries.open(dir.resolve("from"), HOUR, HOUR);
             TestLibraries to = TestLibraries.open(dir.resolve("to"), HOUR, HOUR)) {
            Achievement embedded = from.achievements().create(achievement("激光焊缝跟踪系统"));
            from.achievements().create(achievement("耐高温陶瓷涂层"));
            IndexedRecord withVector = from.achievements().toIndexed(from.achievements().get(embedded.id()));
            VectorFields.add(withVector.fields(), vector);
            from.store().writeAll(List.of(withVector));

            StoreMigration.Report report = migration(to).migrate(from.store(), to.store());

            assertThat(report.verified()).isTrue();
            assertThat(report.vectorsCopied()).isEqualTo(1);
            assertThat(to.store().countLacking(List.of("achievement"), VectorFields.VECTOR))
                    .as("only the record that had no vector waits for the embedding job").isEqualTo(1);
            Map<String, float[]> copied = new HashMap<>();
            to.store().forEachWithVectors("achievement", r -> r.vectors().forEach((f, v) -> copied.put(r.stored().id(), v)));
            assertThat(copied).containsOnlyKeys(embedded.id());
            assertThat(copied.get(embedded.id())).containsExactly(vector);
        }
    }

    @Test
    void refusesATargetThatAlreadyHoldsRecords() {
        try (TestLibraries from = TestLibraries.open(dir.resolve("from"), HOUR, HOUR);
             TestLibraries to = TestLibraries.open(dir.resolve("to"), HOUR, HOUR)) {
            from.achievements().create(achievement("激光焊缝跟踪系统"));
            to.achievements().create(achievement("已经在目标库中的成果"));

            assertThatThrownBy(() -> migration(to).migrate(from.store(), to.store()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
            assertThat(to.achievements().count()).isEqualTo(1);
        }
    }

    @Test
    void aChangedVersionOrSourceChangesTheChecksumAndIsReported() {
        try (TestLibraries store = TestLibraries.open(dir.resolve("one"), HOUR, HOUR)) {
            Achievement created = store.achievements().create(achievement("激光焊缝跟踪系统"));
            store.achievements().create(achievement("耐高温陶瓷涂层"));
            SourceTally before = SourceTally.of(store.store());

            store.achievements().update(created.id(), 1, achievement("激光焊缝跟踪系统"));
            SourceTally sameTextNewVersion = SourceTally.of(store.store());
            store.achievements().update(created.id(), 2, achievement("激光焊缝跟踪系统（改）"));
            SourceTally newText = SourceTally.of(store.store());

            assertThat(sameTextNewVersion.counts()).isEqualTo(before.counts());
            assertThat(sameTextNewVersion.checksums()).isNotEqualTo(before.checksums());
            assertThat(newText.checksums()).isNotEqualTo(sameTextNewVersion.checksums());
            StoreMigration.Report report = new StoreMigration.Report(before, before, newText, 0, 1, 1);
            assertThat(report.verified()).isFalse();
            assertThat(report.differences()).singleElement().asString()
                    .startsWith("achievement: the target holds 2 records, checksum " + newText.checksums().get("achievement"));
        }
    }

    private static StoreMigration migration(TestLibraries libraries) {
        return new StoreMigration(stored -> libraries.achievements().toIndexed(libraries.achievements().decode(stored))
                .fields());
    }

    private static Achievement achievement(String title) {
        return new Achievement(null, 0, null, title, "检验迁移是否完整保留版本与原始记录的测试成果。",
                new Organisation("天津大学", OrgKind.UNIVERSITY), null, null, TechField.NEW_MATERIALS, null,
                List.of("迁移"), Maturity.SAMPLE, null, null, null, null, null, null, null, null);
    }
}
