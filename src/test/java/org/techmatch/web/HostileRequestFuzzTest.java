package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.audit.AuditKind;
import org.techmatch.notification.NotificationKind;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends at least 10,000 generated malformed or hostile requests over real HTTP to every endpoint of the
 * service loaded with the fixtures, one at a time, and checks each answer: never a 5xx; every 4xx is
 * problem+json with a Chinese detail and no stack trace or class name; a request that is refused changes
 * nothing stored (the ids and versions of every record in the index before and after are equal). At the end
 * the service still answers normal requests. The seed is printed; {@code -Dfuzz.seed=N} replays a run,
 * {@code -Dfuzz.requests=N} changes its length and {@code -Dfuzz.lanes=1} sends one request at a time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    /**
     * Requests in flight at once. With one lane every change of the store is pinned to one request; with more,
     * a change must be explained by an accepted request of the same batch (its id in that request or its answer).
     */
    private static final int LANES = Integer.getInteger("fuzz.lanes", 4);
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern LEAK = Pattern.compile("Exception|\\bat (org|java|jdk|sun)\\.|java\\.(lang|io|util)"
            + "|org\\.(springframework|apache|techmatch)|tools\\.jackson|<html|<!doctype", Pattern.CASE_INSENSITIVE);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SHOWN_TALLY_PREFIX = new org.techmatch.stats.ShownTallyKind().idPrefix();

    @LocalServerPort
    int port;
    @Autowired
    DocumentStore store;

    @DynamicPropertySource
    static void fixturesWithoutVectors(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("techmatch-fuzz-");
        registry.add("techmatch.index.path", dir::toString);
        registry.add("techmatch.fixtures.load-on-empty", () -> "true");
        registry.add("techmatch.semantic.enabled", () -> "false");
        // the calendar jobs (expiry, reminders, digests) write on their own at start: the test's check that only
        // accepted requests change the store must not see them
        registry.add("techmatch.expiry.enabled", () -> "false");
        registry.add("techmatch.backup.directory", () -> dir.resolveSibling(dir.getFileName() + "-backups").toString());
    }

    @Test
    void hostileRequestsAreRefusedCleanlyAndChangeNothing() {
        ApiClient api = new ApiClient(port);
        RawHttp raw = new RawHttp(port);
        HostileRequests requests = new HostileRequests(new Random(SEED), FuzzTargets.discover(api));
        System.out.printf("fuzz: seed %d (replay with -Dfuzz.seed=%d), %d requests, %d in flight%n", SEED, SEED,
                REQUESTS, LANES);

        Map<String, Long> before = fingerprint();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Long> millisByKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService lanes = Executors.newFixedThreadPool(LANES)) {
            for (int batchStart = 0; batchStart < REQUESTS; batchStart += LANES) {
                List<HostileRequests.Generated> batch = new ArrayList<>();
                for (int i = batchStart; i < Math.min(REQUESTS, batchStart + LANES); i++) {
                    batch.add(requests.next());
                }
                List<Future<RawHttp.Response>> answers = new ArrayList<>();
                List<Long> sentAt = new ArrayList<>();
                for (HostileRequests.Generated generated : batch) {
                    sentAt.add(System.nanoTime());
                    answers.add(lanes.submit(() -> raw.send(generated.request())));
                }
                List<RawHttp.Response> responses = new ArrayList<>();
                for (int j = 0; j < batch.size(); j++) {
                    RawHttp.Response response = get(answers.get(j));
                    responses.add(response);
                    HostileRequests.Generated generated = batch.get(j);
                    millisByKind.merge(generated.kind(), (System.nanoTime() - sentAt.get(j)) / 1_000_000, Long::sum);
                    byStatus.merge(response.status(), 1, Integer::sum);
                    byKind.merge(generated.kind() + " " + (response.status() / 100) + "xx", 1, Integer::sum);
                    String problem = check(generated.request(), response);
                    if (problem != null && failures.size() < 25) {
                        failures.add(describe(batchStart + j, generated, response, problem));
                    }
                }
                Map<String, Long> after = fingerprint();
                List<String> unexplained = unexplainedChanges(before, after, batch, responses);
                if (!unexplained.isEmpty() && failures.size() < 25) {
                    failures.add("requests #" + batchStart + "–#" + (batchStart + batch.size() - 1)
                            + ": the store changed where no accepted request of the batch wrote: " + unexplained
                            + "; refused ones: " + refused(batch, responses));
                }
                before = after;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: %d requests in %.1f s (%.0f/s); outcomes by status: %s%n", REQUESTS, seconds,
                REQUESTS / seconds, byStatus);
        System.out.println("fuzz: outcomes by kind: " + byKind);
        System.out.println("fuzz: milliseconds by kind: " + millisByKind);

        assertThat(failures).as("requests answered wrongly (first 25)").isEmpty();
        assertThat(byStatus.keySet()).allMatch(status -> status < 500);
        assertThat(byStatus.keySet().stream().filter(s -> s >= 400).mapToInt(byStatus::get).sum())
                .as("most hostile requests are refused").isGreaterThan(REQUESTS / 2);
        stillServesNormalRequests(api);
    }

    private static RawHttp.Response get(Future<RawHttp.Response> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String describe(int index, HostileRequests.Generated generated, RawHttp.Response response,
                                   String problem) {
        return "#" + index + " [" + generated.kind() + "] " + generated.request().method() + " "
                + RawHttp.abbreviate(generated.request().target()) + " → " + response.status() + ": " + problem
                + " | body: " + RawHttp.abbreviate(response.text());
    }

    /**
     * Ids whose version changed (or that appeared or vanished) although no accepted (2xx) request of the batch
     * names them in its target, its body or its answer: those changes came from a refused request. An audit entry
     * has an id of its own that no answer names; it is explained when every record it logs is.
     */
    private List<String> unexplainedChanges(Map<String, Long> before, Map<String, Long> after,
                                                   List<HostileRequests.Generated> batch,
                                                   List<RawHttp.Response> responses) {
        List<String> changed = new ArrayList<>();
        after.forEach((id, version) -> {
            if (!version.equals(before.get(id))) {
                changed.add(id);
            }
        });
        before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(changed::add);
        StringBuilder accepted = new StringBuilder();
        for (int j = 0; j < batch.size(); j++) {
            int status = responses.get(j).status();
            if (status >= 200 && status < 300) {
                RawHttp.Request request = batch.get(j).request();
                accepted.append(request.target()).append('\n');
                if (request.body() != null) {
                    accepted.append(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                }
                accepted.append(responses.get(j).text()).append('\n');
            }
        }
        String acceptedText = accepted.toString();
        return changed.stream().filter(id -> !explained(id, acceptedText))
                .map(id -> id + " " + before.get(id) + "→" + after.get(id)).limit(5).toList();
    }

    private boolean explained(String id, String accepted) {
        if (accepted.contains(id)) {
            return true;
        }
        // a notice follows an accepted write of the record it is about (a docking step, an award, a review)
        boolean noticeOfAcceptedWrite = store.get(id).filter(stored -> stored.type().equals(NotificationKind.TYPE))
                .map(notice -> JSON.readTree(notice.source()).path("objectId").asString(""))
                .filter(objectId -> !objectId.isEmpty() && accepted.contains(objectId))
                .isPresent();
        return noticeOfAcceptedWrite || store.get(id).filter(stored -> stored.type().equals(AuditKind.TYPE))
                .map(entry -> JSON.readTree(entry.source()).path("recordIds"))
                .filter(logged -> !logged.isEmpty())
                .map(logged -> logged.valueStream().allMatch(recordId -> accepted.contains(recordId.asString())))
                .orElse(false);
    }

    private static List<String> refused(List<HostileRequests.Generated> batch, List<RawHttp.Response> responses) {
        List<String> refused = new ArrayList<>();
        for (int j = 0; j < batch.size(); j++) {
            if (responses.get(j).status() >= 300) {
                refused.add(batch.get(j).request().method() + " " + RawHttp.abbreviate(batch.get(j).request().target())
                        + " → " + responses.get(j).status());
            }
        }
        return refused;
    }

    /** Null when the answer is what a client may expect, else what is wrong with it. */
    private static String check(RawHttp.Request request, RawHttp.Response response) {
        int status = response.status();
        if (status == 0) {
            return "the connection closed without an answer";
        }
        if (status >= 500) {
            return "server error " + status;
        }
        if (status < 400 || request.method().equals("HEAD")) {
            return null;
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return "a " + status + " that is not problem+json but " + response.contentType();
        }
        String body = response.text();
        if (LEAK.matcher(body).find()) {
            return "the answer names an exception, a class or a stack frame";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (RuntimeException e) {
            return "the problem+json body does not parse";
        }
        JsonNode detail = problem.get("detail");
        if (detail == null || !CHINESE.matcher(detail.asString()).find()) {
            return "no Chinese detail";
        }
        if (problem.get("status") == null || problem.get("status").asInt() != status) {
            return "the body's status differs from the response's";
        }
        return null;
    }

    /**
     * Every record's id and version, read from doc values (cheap enough to take after every request). The tallies
     * of shown matches are left out: the service's timer writes them seconds after an accepted match page of an
     * earlier batch, so no request of the batch in which they change explains them.
     */
    private Map<String, Long> fingerprint() {
        return store.search(searcher -> {
            Map<String, Long> versions = new TreeMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(FieldNames.ID);
                NumericDocValues numbers = leaf.reader().getNumericDocValues(FieldNames.VERSION);
                Bits live = leaf.reader().getLiveDocs();
                if (ids == null || numbers == null) {
                    continue;
                }
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && numbers.advanceExact(doc)) {
                        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                        if (!id.startsWith(SHOWN_TALLY_PREFIX)) {
                            versions.put(id, numbers.longValue());
                        }
                    }
                }
            }
            return versions;
        });
    }

    private static void stillServesNormalRequests(ApiClient api) {
        ApiClient.Response search = api.get("/api/achievements", Map.of("q", "锂电池"));
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().get("total").asLong()).isPositive();
        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(Map.of(
                "title", "模糊测试之后的正常成果", "description", "服务在上万个恶意请求之后仍能正常写入和读取。",
                "owner", Map.of("name", "天津大学", "kind", "高校"), "techField", "新材料", "maturity", "已有样品")),
                ApiClient.as("UNIVERSITY", "天津大学"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.get("/api/achievements/" + id, Map.of()).json().get("title").asString())
                .isEqualTo("模糊测试之后的正常成果");
        assertThat(api.get("/api/demands/DEM-000001/matches", Map.of("size", "3"),
                ApiClient.as("MANAGER", "天津市技术转移中心")).status()).isEqualTo(200);
    }
}
