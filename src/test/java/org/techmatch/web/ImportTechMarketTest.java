package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.importing.job.ImportService;
import org.techmatch.importing.job.ImportStatus;

/**
 * The real tech-market export in {@code ../shared/data/techmarket} through the import job into the store: every
 * row is accounted for, only the all-empty demand is rejected, and a second run of the same file stores nothing
 * new. Skipped where the shared data is absent.
 */
class ImportTechMarketTest extends ApiTestBase {
    private static final Path DATA = Path.of("../shared/data/techmarket");

    @Autowired
    ImportService imports;

    @BeforeEach
    void requireTheSharedData() {
        Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("achievements.jsonl"))
                && Files.isRegularFile(DATA.resolve("demands.jsonl")), "skipped: the real tech-market export is not at "
                + DATA.toAbsolutePath().normalize() + " (it lives in the shared checkout next to the repository)");
    }

    @Test
    void everyRowOfBothFilesIsAccountedForAndAReRunAddsNothing() {
        ImportStatus achievements = imports.run("achievements", DATA.resolve("achievements.jsonl")).snapshot();
        assertThat(achievements.format()).contains("技术交易市场");
        assertThat(achievements.read()).isEqualTo(2_812);
        assertThat(achievements.accepted() + achievements.rejected()).isEqualTo(achievements.read());
        assertThat(achievements.rejected()).isZero();
        assertThat(achievements.created()).isEqualTo(2_812);
        // Re-posts with small edits (the README: 357 share a name with another listing) are flagged, not dropped.
        assertThat(achievements.duplicates()).isGreaterThan(0);

        ImportStatus demands = imports.run("demands", DATA.resolve("demands.jsonl")).snapshot();
        assertThat(demands.read()).isEqualTo(1_669);
        assertThat(demands.accepted() + demands.rejected()).isEqualTo(demands.read());
        assertThat(demands.rejected()).isEqualTo(1);

        ImportStatus again = imports.run("achievements", DATA.resolve("achievements.jsonl")).snapshot();
        assertThat(again.read()).isEqualTo(2_812);
        assertThat(again.unchanged()).isEqualTo(2_812);
        assertThat(again.created()).isZero();
    }
}
