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

    /**
     * Watching the index (the refresh-age metric sampled every second, the health probe) reads the generation the
     * searchers show without refreshing them: it used to flush a segment for every look, doubling the refreshes
     * under writes. A read that must see every write still refreshes, and then the watcher sees the new state.
     */
    @Test
    void watchingTheIndexDoesNotRefreshIt(@TempDir Path index) throws Exception {
        try (TestLibraries libraries = TestLibraries.open(index, HOUR, HOUR)) {
            DocumentStore store = libraries.store();
            long before = store.visibleGeneration();
            libraries.achievements().create(achievement("观察索引不触发刷新"));

            assertThat(CompletableFuture.supplyAsync(store::visibleGeneration).get())
                    .as("the write is not shown yet, and looking does not show it").isEqualTo(before);
            assertThat(store.visibleGeneration()).isEqualTo(before);

            long fresh = CompletableFuture.supplyAsync(store::generation).get();
            assertThat(fresh).as("a read that must see every write refreshes").isNotEqualTo(before);
            assertThat(store.visibleGeneration()).isEqualTo(fresh);
        }
    }

    /**
     * Without realtime search (the service's default), a search shows its writer's own write at once, from any
     * thread (the writer's next request), while another account's search runs on the current searcher and shows it
     * only after the refresh; lookups by key, counts and reads by id show it to everyone at once.
     */
    @Test
    void aSearchShowsItsWritersOwnWriteAtOnceAndOthersAfterTheRefresh(@TempDir Path index) throws Exception {
        ThreadLocal<String> account = new ThreadLocal<>();
        try (TestLibraries libraries = TestLibraries.open(index, HOUR, HOUR, false)) {
            libraries.store().identifyWritersBy(account::get);
            Achievement first = as(account, "alice", () -> libraries.achievements().create(
                    achievement("读己之写 自己的检索")));
            assertThat(as(account, "bob", () -> searchTitles(libraries)))
                    .as("another account's search does not wait for a refresh an hour away").isEmpty();
            long demandsBefore = libraries.store().generation(List.of("demand"));
            assertThat(as(account, "alice", () -> libraries.store().generation(List.of("demand"))))
                    .as("the writer's search of a type it did not write does not refresh for its write")
                    .isEqualTo(demandsBefore);
            assertThat(as(account, "alice", () -> searchTitles(libraries)))
                    .as("the writer's search from another thread (its next request)").contains(first.title());

            Achievement second = as(account, "alice", () -> libraries.achievements().create(
                    achievement("读己之写 第二条")));
            assertThat(as(account, "bob", () -> libraries.store().firstByKeyword("achievement", FieldNames.ID,
                    second.id(), FieldNames.ID))).as("another account's lookup by key (a uniqueness check)")
                    .isPresent();
            assertThat(as(account, "bob", () -> libraries.achievements().count())).as("a count").isEqualTo(2);
            assertThat(as(account, "bob", () -> libraries.achievements().get(second.id()).title()))
                    .isEqualTo(second.title());
            assertThat(as(account, "bob", () -> searchTitles(libraries)))
                    .as("the key lookup refreshed the searchers, so every search shows both now")
                    .contains(first.title(), second.title());
        }
    }

    /** Another account's search shows a write within the refresh interval without ever refreshing for it. */
    @Test
    void anotherAccountsSearchShowsTheWriteWithinTheRefreshInterval(@TempDir Path index) throws Exception {
        ThreadLocal<String> account = new ThreadLocal<>();
        long refreshMillis = 200;
        try (TestLibraries libraries = TestLibraries.open(index, refreshMillis, HOUR, false)) {
            libraries.store().identifyWritersBy(account::get);
            Achievement created = as(account, "alice", () -> libraries.achievements().create(
                    achievement("读己之写 定时刷新")));
            long written = System.nanoTime();
            long seenAfterMillis = -1;
            while (System.nanoTime() - written < 10_000_000_000L) {
                if (as(account, "bob", () -> searchTitles(libraries)).contains(created.title())) {
                    seenAfterMillis = (System.nanoTime() - written) / 1_000_000;
                    break;
                }
                Thread.sleep(10);
            }
            // the interval, plus room for a loaded machine's scheduling of the background refresh
            assertThat(seenAfterMillis).as("ms until another account's search showed the write")
                    .isBetween(0L, refreshMillis + 2_000);
        }
    }

    /**
     * A request thread serves every account in turn: alice's write on it must not make bob's next search on the same
     * thread wait for a refresh (under load every thread has just served some write, and every search then waited).
     */
    @Test
    void anotherAccountsSearchOnTheWritersThreadDoesNotRefreshForIt(@TempDir Path index) throws Exception {
        ThreadLocal<String> account = new ThreadLocal<>();
        java.util.concurrent.ExecutorService requestThread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (TestLibraries libraries = TestLibraries.open(index, HOUR, HOUR, false)) {
            libraries.store().identifyWritersBy(account::get);
            Achievement created = onThread(requestThread, account, "alice", () -> libraries.achievements().create(
                    achievement("读己之写 同一线程")));
            long before = libraries.store().visibleGeneration();

            assertThat(onThread(requestThread, account, "bob", () -> searchTitles(libraries)))
                    .as("bob's search on the thread that served alice's write").isEmpty();
            assertThat(libraries.store().visibleGeneration()).as("no refresh for bob")
                    .isEqualTo(before);
            assertThat(onThread(requestThread, account, "alice", () -> searchTitles(libraries)))
                    .as("alice's next search, on the same thread").contains(created.title());
        } finally {
            requestThread.shutdownNow();
        }
    }

    /** A near-duplicate check (imports) sees another writer's record at once: it is not a search of one's own. */
    @Test
    void aRealtimeSearchSeesAnotherWritersRecordAtOnce(@TempDir Path index) throws Exception {
        ThreadLocal<String> account = new ThreadLocal<>();
        try (TestLibraries libraries = TestLibraries.open(index, HOUR, HOUR, false)) {
            libraries.store().identifyWritersBy(account::get);
            Achievement created = as(account, "alice", () -> libraries.achievements().create(
                    achievement("读己之写 实时检索")));
            int found = as(account, "bob", () -> libraries.store().searchRealtime(List.of("achievement"),
                    searcher -> searcher.count(new org.apache.lucene.search.TermQuery(
                            new org.apache.lucene.index.Term(FieldNames.ID, created.id())))));
            assertThat(found).isEqualTo(1);
        }
    }

    /** Runs action on a new thread signed in as name (each request of a service runs on a thread of its own). */
    private static <T> T as(ThreadLocal<String> account, String name, java.util.function.Supplier<T> action)
            throws Exception {
        return onThread(runnable -> Thread.ofPlatform().start(runnable), account, name, action);
    }

    /** Runs action on thread signed in as name, as a pooled request thread serves one request. */
    private static <T> T onThread(java.util.concurrent.Executor thread, ThreadLocal<String> account, String name,
                                  java.util.function.Supplier<T> action) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            account.set(name);
            try {
                return action.get();
            } finally {
                account.remove();
            }
        }, thread).get();
    }

    /** The titles a manager's search for the test records finds, through the library's search. */
    private static List<String> searchTitles(TestLibraries libraries) {
        var schema = libraries.achievements().kind().searchSchema();
        var query = org.techmatch.search.SearchQueryParser.parse(java.util.Map.of("q", List.of("读己之写")), schema);
        var viewer = new org.techmatch.catalog.Viewer(org.techmatch.catalog.Role.MANAGER, "天津市技术转移中心");
        return libraries.achievements().search(query, viewer, java.util.Map.of()).items().stream()
                .map(hit -> hit.record().title()).toList();
    }

    private static Achievement achievement(String title) {
        return new Achievement(null, 0, null, title, "验证写入确认后立即可读、过期版本被拒绝的测试记录。",
                new Organisation("天津大学", OrgKind.UNIVERSITY), null, null, TechField.NEW_MATERIALS, null,
                List.of("读己之写"), Maturity.SAMPLE, null, null, null, null, null, null, null, null);
    }
}
