package org.techmatch.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A second process's view of the service under load: N clients (virtual threads sharing one HTTP client)
 * send a fixed mix of search, match, create and update requests for a bounded time, and every request's
 * latency and outcome is kept. Ids to match come from the service at start; each client updates only the
 * records it created itself, so an update never races another client's (a 409 would be a real error).
 */
public final class LoadTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> QUERIES = List.of("锂电池", "焊缝缺陷检测", "机器视觉", "储能热失控预警",
            "生物医药", "催化剂", "传感器", "智能制造", "废水处理", "新材料", "集成电路封装", "PLC", "水稻育种",
            "工业机器人", "光伏", "氢能", "医疗器械", "中药提取", "碳纤维复合材料", "数据安全");
    private static final List<String> FIELDS = List.of("电子信息", "先进制造与自动化", "新材料", "新能源与节能",
            "生物与新医药", "资源与环境");

    /**
     * @param authorization      the Authorization header to send (HTTP Basic), or null
     * @param seed               makes each client's sequence of operations and queries reproducible
     * @param statsAuthorization an official's Authorization header for {@code /api/admin/runtime} (the heap each
     *                           minute, the record count before and after), or null to skip both
     * @param mix                whether writes create records all run long or soon only update them
     * @param accounts           several accounts split by role (readers search and match, writers create and
     *                           update), or empty to send every request with {@code authorization}
     * @param rate               requests/s offered in all (an open loop: the clients share the due times, see
     *                           {@link Arrivals}), or 0 for a closed loop (each client asks again once answered)
     */
    public record Settings(URI base, int clients, Duration duration, String authorization, long seed,
                           String statsAuthorization, Mix mix, List<Accounts.Credential> accounts, double rate) {
        public Settings {
            accounts = List.copyOf(accounts);
        }

        /** A closed loop: each client sends its next request once the last one is answered. */
        public Settings(URI base, int clients, Duration duration, String authorization, long seed,
                        String statsAuthorization, Mix mix, List<Accounts.Credential> accounts) {
            this(base, clients, duration, authorization, seed, statsAuthorization, mix, accounts, 0);
        }
    }

    private final Settings settings;
    private final HttpClient http;
    private final Map<Operation, Latencies> latencies = new LinkedHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final MinuteSeries minutes = new MinuteSeries();
    /** Creates acknowledged, per record type. */
    private final Map<String, LongAdder> acknowledgedCreates = new ConcurrentHashMap<>();
    private Map<String, Integer> recordsBefore;
    private long started;
    private List<String> demandIds = List.of();
    private Accounts accounts;

    public LoadTest(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(java.util.concurrent.Executors
                        .newVirtualThreadPerTaskExecutor()).build();
        for (Operation op : Operation.values()) {
            latencies.put(op, new Latencies());
        }
    }

    /** Discovers ids and the caller's identity, runs the clients, and returns the figures. */
    public Map<String, Object> run(PrintStream log) throws InterruptedException {
        discover(log);
        recordsBefore = runtime(false).map(RuntimeProbe.Reading::records).orElse(null);
        started = System.nanoTime();
        long deadline = started + settings.duration().toNanos();
        Arrivals arrivals = settings.rate() > 0 ? new Arrivals(started, deadline, settings.rate()) : null;
        Thread sampler = Thread.ofVirtual().name("load-heap-sampler").start(() -> sampleHeap(deadline));
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            Random random = new Random(settings.seed() * 1_000_003L + c);
            Accounts.ClientAccounts as = accounts.forClient(c);
            clients.add(Thread.ofVirtual().name("load-client-" + c)
                    .start(() -> client(random, as, deadline, arrivals)));
        }
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.join();
        return report(seconds);
    }

    /** At the end of every minute (and of the run), the service's heap after a full collection. */
    private void sampleHeap(long deadline) {
        for (int minute = 1; ; minute++) {
            long at = Math.min(started + minute * 60_000_000_000L, deadline);
            long wait = at - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(wait));
                } catch (InterruptedException e) {
                    return;
                }
            }
            int m = minute;
            runtime(true).ifPresent(r -> minutes.heap(m, r.heapUsedBytes()));
            if (at >= deadline) {
                return;
            }
        }
    }

    private java.util.Optional<RuntimeProbe.Reading> runtime(boolean collect) {
        if (settings.statsAuthorization() == null) {
            return java.util.Optional.empty();
        }
        return RuntimeProbe.read(http, settings.base(), settings.statsAuthorization(), collect);
    }

    private void discover(PrintStream log) {
        if (settings.accounts().isEmpty()) {
            accounts = Accounts.single(identify(null, settings.authorization()));
        } else {
            List<Accounts.Account> signedIn = new ArrayList<>();
            for (Accounts.Credential credential : settings.accounts()) {
                Accounts.Account account = identify(credential.username(), credential.authorization());
                if (account.role() == null || "ANONYMOUS".equals(account.role())) {
                    throw new IllegalStateException("--accounts: " + credential.username() + " cannot sign in at "
                            + settings.base());
                }
                signedIn.add(account);
            }
            accounts = Accounts.byRole(signedIn);
        }
        Outcome demands = send(get("/api/demands?size=100&sort=newest", accounts.lister()));
        if (demands.status() != 200) {
            throw new IllegalStateException("cannot list demands at " + settings.base() + ": HTTP " + demands.status()
                    + " " + demands.body());
        }
        List<String> ids = new ArrayList<>();
        JSON.readTree(demands.body()).get("items").forEach(hit -> ids.add(hit.get("record").get("id").asString()));
        demandIds = List.copyOf(ids);
        log.printf("discovered %d demands to match; accounts %s%n", demandIds.size(), accounts.labels());
    }

    /** The account behind an Authorization header, as {@code GET /api/me} describes it (no role: an older service). */
    private Accounts.Account identify(String username, String authorization) {
        Outcome me = send(request("/api/me", authorization).GET());
        if (me.status() != 200) {
            return new Accounts.Account(username, authorization, null, null);
        }
        JsonNode body = JSON.readTree(me.body());
        return new Accounts.Account(username, authorization, text(body, "role"), text(body, "organisation"));
    }

    /** Sends requests until the deadline: one after another, or each at its due time when arrivals is given. */
    private void client(Random random, Accounts.ClientAccounts as, long deadline, Arrivals arrivals) {
        Accounts.Account writer = as.writer();
        List<ObjectNode> mine = new ArrayList<>();
        while (true) {
            long start = System.nanoTime();
            if (arrivals == null) {
                if (start >= deadline) {
                    return;
                }
            } else {
                Arrivals.Next next = nextArrival(arrivals);
                if (next instanceof Arrivals.Next.Done) {
                    return;
                }
                if (next instanceof Arrivals.Next.Late) {
                    errors.computeIfAbsent("not sent: over " + Arrivals.GIVE_UP.toSeconds() + " s behind the rate",
                            k -> new LongAdder()).increment();
                    continue;
                }
                start = ((Arrivals.Next.Send) next).dueNanos();
            }
            Operation op = settings.mix().resolve(Operation.pick(random.nextInt(100)), mine.size());
            if (op == Operation.UPDATE && mine.isEmpty() || op == Operation.MATCH && demandIds.isEmpty()) {
                op = op == Operation.UPDATE ? Operation.CREATE : Operation.SEARCH;
            }
            Outcome outcome = switch (op) {
                case SEARCH -> send(get(searchPath(random), as.reader()));
                case MATCH -> send(get("/api/demands/" + demandIds.get(random.nextInt(demandIds.size()))
                        + "/matches?size=10", as.reader()));
                case CREATE -> send(write("POST", createPath(writer), createBody(random, writer), writer));
                case UPDATE -> {
                    int pick = random.nextInt(mine.size());
                    ObjectNode record = mine.get(pick);
                    record.put("title", retitle(record.get("title").asString(), random));
                    yield send(write("PUT", createPath(writer) + "/" + record.get("id").asString(),
                            record.toString(), writer));
                }
            };
            long micros = (System.nanoTime() - start) / 1000;
            latencies.get(op).add(micros, !outcome.ok());
            minutes.add((int) ((start - started) / 60_000_000_000L), op, micros, !outcome.ok());
            if (!outcome.ok()) {
                errors.computeIfAbsent(op.label + ": " + outcome.error(), k -> new LongAdder()).increment();
            } else if (op == Operation.CREATE || op == Operation.UPDATE) {
                ObjectNode stored = (ObjectNode) JSON.readTree(outcome.body());
                if (op == Operation.CREATE) {
                    mine.add(stored);
                    acknowledgedCreates.computeIfAbsent(writer.writtenType(), t -> new LongAdder()).increment();
                } else {
                    mine.replaceAll(r -> r.get("id").asString().equals(stored.get("id").asString()) ? stored : r);
                }
            }
        }
    }

    private static Arrivals.Next nextArrival(Arrivals arrivals) {
        try {
            return arrivals.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Arrivals.Next.Done();
        }
    }

    private String searchPath(Random random) {
        StringBuilder path = new StringBuilder(random.nextBoolean() ? "/api/achievements" : "/api/demands");
        path.append("?q=").append(encode(QUERIES.get(random.nextInt(QUERIES.size()))));
        if (random.nextInt(4) == 0) {
            path.append("&techField=").append(encode(FIELDS.get(random.nextInt(FIELDS.size()))));
        }
        path.append("&page=").append(1 + random.nextInt(3)).append("&size=10");
        return path.toString();
    }

    private static String createPath(Accounts.Account writer) {
        return writer.writesDemands() ? "/api/demands" : "/api/achievements";
    }

    private static String createBody(Random random, Accounts.Account writer) {
        String query = QUERIES.get(random.nextInt(QUERIES.size()));
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        String organisation = writer.organisation() != null ? writer.organisation()
                : writer.writesDemands() ? "天津压测示范企业有限公司" : "天津压测示范大学";
        ObjectNode body = JSON.createObjectNode();
        body.put("title", "压测" + query + "技术 " + Long.toString(random.nextLong() & 0xffffffL, 36));
        body.put("description", "负载测试生成的记录：围绕" + query + "开展研究，验证在并发写入和检索下服务的吞吐与延迟，"
                + "包含中文正文、技术指标和应用场景描述，长度接近真实记录。");
        body.put("techField", field);
        body.put("region", "南开区");
        if (writer.writesDemands()) {
            body.putObject("enterprise").put("name", organisation);
            body.put("expectedMaturity", "通过中试");
            body.put("status", "征集中");
        } else {
            body.putObject("owner").put("name", organisation).put("kind", "UNIVERSITY".equals(writer.role())
                    || writer.role() == null ? "高校" : "其他");
            body.put("maturity", "通过中试");
            body.put("status", "已发布");
        }
        return body.toString();
    }

    private static String retitle(String title, Random random) {
        String base = title.replaceAll(" 修订\\d+$", "");
        return base + " 修订" + random.nextInt(1000);
    }

    private HttpRequest.Builder get(String path, Accounts.Account as) {
        return request(path, as.authorization()).GET();
    }

    private HttpRequest.Builder write(String method, String path, String body, Accounts.Account as) {
        return request(path, as.authorization()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.base().resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private record Outcome(int status, String body, String error) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private Outcome send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Outcome(response.statusCode(), response.body(), "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Outcome(-1, "", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "", "interrupted");
        }
    }

    private Map<String, Object> report(double seconds) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("url", settings.base().toString());
        report.put("clients", settings.clients());
        report.put("rate", settings.rate() > 0 ? settings.rate() : null);
        report.put("seconds", Math.round(seconds * 10) / 10.0);
        report.put("seed", settings.seed());
        report.put("mix", settings.mix().label());
        report.put("accounts", accounts.labels());
        Latencies all = new Latencies();
        Map<String, Object> operations = new LinkedHashMap<>();
        for (var entry : latencies.entrySet()) {
            operations.put(entry.getKey().label, entry.getValue().summary(seconds));
            all.addAll(entry.getValue());
        }
        operations.put("all", all.summary(seconds));
        report.put("operations", operations);
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((kind, count) -> errorCounts.put(kind, count.sum()));
        report.put("errors", errorCounts);
        report.put("minutes", minutes.rows());
        Map<String, Integer> recordsAfter = runtime(false).map(RuntimeProbe.Reading::records).orElse(null);
        if (recordsBefore != null && recordsAfter != null) {
            Map<String, Object> records = new LinkedHashMap<>();
            List<Map<String, Object>> written = new ArrayList<>();
            for (String type : accounts.writtenTypes()) {
                int before = recordsBefore.getOrDefault(type, 0);
                int after = recordsAfter.getOrDefault(type, 0);
                long acknowledged = acknowledgedCreates.getOrDefault(type, new LongAdder()).sum();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", type);
                row.put("before", before);
                row.put("after", after);
                row.put("acknowledgedCreates", acknowledged);
                row.put("equal", after - before == acknowledged);
                written.add(row);
            }
            records.put("written", written);
            // every type, audit entries included: what an updates-only mix keeps constant and what it does not
            records.put("allBefore", recordsBefore);
            records.put("allAfter", recordsAfter);
            report.put("records", records);
        }
        return report;
    }

    /** The report as the table the command prints. */
    public static String table(Map<String, Object> report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("loadtest %s: %d clients for %.1f s, %s (seed %s, mix %s, accounts %s)%n",
                report.get("url"), report.get("clients"), report.get("seconds"), report.get("rate") == null
                        ? "closed loop" : "open loop at " + report.get("rate") + " requests/s", report.get("seed"),
                report.get("mix"), report.get("accounts")));
        out.append(String.format("%-8s %9s %7s %9s %9s %9s %9s %9s%n", "op", "requests", "errors", "req/s", "p50 ms",
                "p90 ms", "p99 ms", "max ms"));
        @SuppressWarnings("unchecked")
        Map<String, Latencies.Summary> ops = (Map<String, Latencies.Summary>) report.get("operations");
        ops.forEach((name, s) -> out.append(String.format("%-8s %9d %7d %9.1f %9.1f %9.1f %9.1f %9.1f%n", name,
                s.requests(), s.errors(), s.perSecond(), s.p50Ms(), s.p90Ms(), s.p99Ms(), s.maxMs())));
        @SuppressWarnings("unchecked")
        Map<String, Long> errorCounts = (Map<String, Long>) report.get("errors");
        out.append(errorCounts.isEmpty() ? "errors: none\n" : "errors by kind:\n");
        errorCounts.forEach((kind, count) -> out.append(String.format("  %-40s %d%n", kind, count)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("minutes");
        out.append("per minute (heap: the service's, after a full collection at the minute's end; - without "
                + "--stats-user):\n").append(MinuteSeries.table(rows));
        @SuppressWarnings("unchecked")
        Map<String, Object> records = (Map<String, Object>) report.get("records");
        if (records != null) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> written = (List<Map<String, Object>>) records.get("written");
            written.forEach(row -> out.append(String.format(
                    "stored %s records: %d before, %d after; acknowledged creates %d: %s%n", row.get("type"),
                    row.get("before"), row.get("after"), row.get("acknowledgedCreates"),
                    Boolean.TRUE.equals(row.get("equal")) ? "equal" : "NOT EQUAL")));
            out.append(String.format("stored records of every type: before %s, after %s%n", records.get("allBefore"),
                    records.get("allAfter")));
        }
        return out.toString();
    }

    public static String json(Map<String, Object> report) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
