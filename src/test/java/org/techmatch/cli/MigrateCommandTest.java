package org.techmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.Organisation;
import org.techmatch.migration.SourceTally;
import org.techmatch.solrcloud.SolrCloudHarness;
import org.techmatch.store.TestLibraries;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;

/**
 * The fixture libraries move from the embedded index to a real two-node SolrCloud and back, and through a Solr
 * backup and restore, with every record's id, version and source intact, proven by the commands' own checks.
 */
class MigrateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theLibrariesGoToSolrCloudThroughABackupAndBackWithEveryRecordIntact() {
        SolrCloudHarness cluster = SolrCloudHarness.shared();
        Path source = dir.resolve("source");
        Commands.start(Map.of("techmatch.index.path", source.toString(), "techmatch.fixtures.load-on-empty", true))
                .close();
        String revised;
        SourceTally before;
        try (TestLibraries libraries = TestLibraries.open(source)) {
            revised = libraries.achievements().create(achievement("迁移测试 初版")).id();
            libraries.achievements().update(revised, 1, achievement("迁移测试 第二版"));
            libraries.achievements().update(revised, 2, achievement("迁移测试 第三版"));
            before = SourceTally.of(libraries.store());
        }
        assertThat(before.counts()).containsKeys("achievement", "demand", "expert", "challenge", "docking");

        String collection = cluster.zkHost() + "/migrated";
        Run toSolr = run("migrate", "--from-index", source.toString(), "--to-solr", collection);
        assertThat(toSolr.status()).as(toSolr.printed()).isZero();
        assertThat(toSolr.printed()).contains("collection " + collection + ": created", "verified",
                "total " + before.total() + " records");
        assertThat(toSolr.printed()).containsPattern("achievement +" + before.counts().get("achievement") + " +"
                + before.counts().get("achievement") + " +" + before.checksums().get("achievement") + "\n");

        Run again = run("migrate", "--from-index", source.toString(), "--to-solr", collection);
        assertThat(again.status()).as("a migration never merges into a filled collection").isEqualTo(2);

        Run backup = run("solr-backup", "--solr", collection, "--to", cluster.backupDir().toString(), "--name", "nightly");
        assertThat(backup.status()).as(backup.printed()).isZero();
        assertThat(backup.printed()).contains("records " + before.total() + " ");
        String restoredCollection = cluster.zkHost() + "/restored";
        Run restore = run("solr-restore", "--solr", restoredCollection, "--from", cluster.backupDir().toString(),
                "--name", "nightly");
        assertThat(restore.status()).as(restore.printed()).isZero();
        assertThat(restore.printed()).contains("records " + before.total() + " ");
        Run restoreOver = run("solr-restore", "--solr", restoredCollection, "--from", cluster.backupDir().toString(),
                "--name", "nightly");
        assertThat(restoreOver.status()).as("an existing collection is never overwritten").isEqualTo(2);

        Path back = dir.resolve("back");
        Run toIndex = run("migrate", "--from-solr", restoredCollection, "--to-index", back.toString());
        assertThat(toIndex.status()).as(toIndex.printed()).isZero();
        assertThat(toIndex.printed()).contains("verified");

        try (TestLibraries libraries = TestLibraries.open(back)) {
            assertThat(SourceTally.of(libraries.store())).isEqualTo(before);
            Achievement copy = libraries.achievements().get(revised);
            assertThat(copy.version()).isEqualTo(3);
            assertThat(copy.title()).isEqualTo("迁移测试 第三版");
            assertThat(libraries.achievements().count()).as("searchable, not only stored")
                    .isEqualTo(before.counts().get("achievement").intValue());
        }
    }

    @Test
    void aMigrationWithoutBothEndsOrWithABadCollectionIsRefusedBeforeAnythingRuns() {
        assertThat(run("migrate", "--from-index", dir.toString()).status()).isEqualTo(2);
        assertThat(run("migrate", "--from-index", dir.toString(), "--to-solr", "localhost:2181").status()).isEqualTo(2);
        assertThat(run("solr-backup", "--solr", "localhost:2181/techmatch").status()).isEqualTo(2);
    }

    private record Run(int status, String printed) {
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Commands.run(args);
        } finally {
            System.setOut(original);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        original.print(text);
        return new Run(status, text);
    }

    private static Achievement achievement(String title) {
        return new Achievement(null, 0, null, title, "检验迁移到 SolrCloud 再迁回后版本与原始记录不变的测试成果。",
                new Organisation("天津大学", OrgKind.UNIVERSITY), null, null, TechField.NEW_MATERIALS, null,
                List.of("迁移"), Maturity.SAMPLE, null, null, null, null, null, null, null, null);
    }
}
