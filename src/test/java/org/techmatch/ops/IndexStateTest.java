package org.techmatch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.Organisation;
import org.techmatch.store.TestLibraries;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;

/**
 * The refresh-age metric is sampled every second and the health probe reads the index's generation: neither may
 * refresh the searchers (each refresh under writes flushes a segment the merges then rewrite), and the age they
 * report is that of the state searches really see.
 */
class IndexStateTest {
    private static final long HOUR = 3_600_000;

    @Test
    void samplingTheRefreshAgeNeitherRefreshesNorHidesThatWritesWaitForTheRefresh(@TempDir Path index) throws Exception {
        try (TestLibraries libraries = TestLibraries.open(index, HOUR, HOUR, false)) {
            IndexState state = new IndexState(libraries.store(), Clock.systemUTC());
            state.sample();
            long shown = libraries.store().visibleGeneration();
            libraries.achievements().create(new Achievement(null, 0, null, "指标采样不刷新索引", "刷新间隔为一小时时写入的记录。",
                    new Organisation("天津大学", OrgKind.UNIVERSITY), null, null, TechField.NEW_MATERIALS, null,
                    List.of("指标"), Maturity.SAMPLE, null, null, null, null, null, null, null, null));

            Thread.sleep(1100);
            state.sample();
            assertThat(state.generation()).isEqualTo(shown);
            assertThat(libraries.store().visibleGeneration()).as("the searchers still show the state before the write")
                    .isEqualTo(shown);
            assertThat(state.searcherAgeSeconds()).as("the age grows while the write waits for the refresh")
                    .isGreaterThanOrEqualTo(1.0);
        }
    }
}
