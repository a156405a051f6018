package org.techmatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.catalog.WriteActor;

/**
 * The account the store counts a write for, so that its searches show it at once: an import job writes on threads
 * of its own, with no request, and its rows must still count as the importing manager's.
 */
class WritingAccountTest {
    private final WritingAccount account = new WritingAccount();

    @Test
    void aBackgroundJobsWritesCountForTheUserWhoStartedIt() throws Exception {
        Viewer manager = new Viewer(Role.MANAGER, "天津市技术转移中心", "manager", null, List.of());
        try (var jobThread = Executors.newSingleThreadExecutor()) {
            String during = CompletableFuture.supplyAsync(() -> WriteActor.as(manager, account::get), jobThread).get();
            String after = CompletableFuture.supplyAsync(account::get, jobThread).get();
            assertThat(during).isEqualTo("manager");
            assertThat(after).as("the job's thread writes for nobody once the job is done").isNull();
        }
    }

    @Test
    void theSystemAndAnonymousVisitorsWriteForNoAccount() {
        assertThat(account.get()).isNull();
        assertThat(WriteActor.as(new Viewer(Role.MANAGER, "天津市技术转移中心"), account::get))
                .as("a viewer without an account name (system work)").isNull();
    }
}
