package org.techmatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.Organisation;
import org.techmatch.store.StaleVersionException;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;

/**
 * With the searchers' periodic refresh and the background commit both an hour away, an acknowledged write is still
 * what every following read sees: by id (from the writes not yet refreshed), by search from another thread (which
 * refreshes on demand), and by the version check of an update, so a stale version is refused. After a restart
 * (the log replayed) it is all still there.
 */
class ReadYourWritesTest {
    private static final long HOUR = 3_600_000;

    @Test
    void everyReadAfterAnAcknowledgedWriteSeesItWithoutWaitingForARefresh(@TempDir Path index) throws Exception {
        String id;
        try (TestLibraries libraries = TestLibraries.open(index, HOUR, HOUR)) {
            Achievement created = libraries.achievements().create(achievement("读己之写 初版"));
            id = created.id();
            assertThat(libraries.store().get(id)).as("read by id right after the write").isPresent()
                    .get().extracting(StoredRecord::version).isEqualTo(1L);

            Achievement revised = libraries.achievements().update(id, 1, achievement("读己之写 第二版"));
            assertThat(revised.version()).isEqualTo(2);
            assertThat(libraries.achievements().get(id).title()).isEqualTo("读己之写 第二版");
            assertThatThrownBy(() -> libraries.achievements().update(id, 1, achievement("过期版本的修改")))
                    .as("version 1 is stale even though no searcher shows version 2 yet")
                    .isInstanceOf(StaleVersionException.class);

            int counted = CompletableFuture.supplyAsync(() -> libraries.achievements().count()).get();
            assertThat(counted).as("a search from another thread sees the acknowledged write").isEqualTo(1);
            List<StoredRecord> found = CompletableFuture.supplyAsync(() -> {
                List<StoredRecord> all = new java.util.ArrayList<>();
                libraries.store().forEach("achievement", all::add);
                return all;
            }).get();
            assertThat(found).extracting(StoredRecord::version).containsExactly(2L);
        }
        try (TestLibraries reopened = TestLibraries.open(index, HOUR, HOUR)) {
            assertThat(reopened.achievements().get(id).title()).isEqualTo("读己之写 第二版");
            assertThat(reopened.achievements().count()).isEqualTo(1);
        }
    }

    /**
     * Without realtime search a writer's own next search still sees its write, and a lookup by key (what a
     * uniqueness check or an import's upsert uses) from any thread sees every acknowledged write.
     */
    @Test
    void withoutRealtimeSearchTheWriterAndKeyLookupsStillSeeTheWrite(@TempDir Path index) throws Exception {
        try (TestLibraries libraries = TestLibraries.open(index, HOUR, HOUR, false)) {
            Achievement created = libraries.achievements().create(achievement("读己之写 非实时检索"));
            assertThat(libraries.achievements().count()).as("the writer's own search").isEqualTo(1);
            Achievement other = CompletableFuture.supplyAsync(() -> libraries.achievements()
                    .create(achievement("另一线程写入"))).get();
            var key = libraries.store().firstByKeyword("achievement", FieldNames.ID, other.id(), FieldNames.ID);
            assertThat(key).as("a key lookup after another thread's write").isPresent();
            assertThat(libraries.achievements().get(created.id()).version()).isEqualTo(1);
        }
    }

    /**
     * A read of other record types (a sign-in's account lookup, a demand search) does not wait for a refresh that
     * only an achievement's write needs: it runs on the current searcher, which shows every write of its types.
     * A read of achievements right after still sees the write.
     */
    @Test
    void aReadOfOtherTypesDoesNotWaitForARefreshItDoesNotNeed(@TempDir Path index) throws Exception {
        try (TestLibraries libraries = TestLibraries.open(index, HOUR, HOUR)) {
            DocumentStore store = libraries.store();
            long before = store.generation(List.of("account", "demand"));
            Achievement created = libraries.achievements().create(achievement("只刷新需要的检索"));

            assertThat(CompletableFuture.supplyAsync(() -> store.firstByKeyword("account", FieldNames.ID,
                    "nobody", FieldNames.ID)).get()).isEmpty();
            assertThat(store.generation(List.of("account", "demand")))
                    .as("no refresh for reads of types nobody wrote").isEqualTo(before);

            var found = CompletableFuture.supplyAsync(() -> store.firstByKeyword("achievement", FieldNames.ID,
                    created.id(), FieldNames.ID)).get();
            assertThat(found).as("a key lookup of the written type sees the write").isPresent();
            assertThat(store.generation(List.of("account"))).as("that lookup refreshed the searchers")
                    .isNotEqualTo(before);
        }
    }

    private static Achievement achievement(String title) {
        return new Achievement(null, 0, null, title, "验证写入确认后立即可读、过期版本被拒绝的测试记录。",
                new Organisation("天津大学", OrgKind.UNIVERSITY), null, null, TechField.NEW_MATERIALS, null,
                List.of("读己之写"), Maturity.SAMPLE, null, null, null, null, null, null, null, null);
    }
}
