package org.techmatch.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.loadtest.Accounts;
import org.techmatch.loadtest.LoadTest;

/** Hits a running service with a mix of search, match, create and update from N concurrent clients. */
final class LoadTestCommand implements Command {
    @Override
    public String name() {
        return "loadtest";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("url", "clients", "seconds", "user", "password", "json", "seed", "stats-user",
                "stats-password", "mix", "accounts", "rate");
    }

    @Override
    public String usage() {
        return """
                loadtest --url URL [--clients 50] [--seconds 60] [--user U --password P] [--json OUT] [--seed 1]
                         [--stats-user OFFICIAL --stats-password P] [--mix creates|updates]
                         [--accounts USER:PASSWORD,USER:PASSWORD,...] [--rate REQUESTS_PER_SECOND]
                  Runs --clients concurrent clients against the service at URL for --seconds: 50 % search (Chinese
                  queries, some with a field filter, pages 1–3), 25 % match (GET /api/demands/{id}/matches over the
                  demands listed at start), 10 % create and 15 % update (each client updates records it created,
                  with their current version). Sends HTTP Basic with --user/--password. Prints requests/s and latency
                  p50/p90/p99/max per operation and overall, the errors by kind, and p50/p99 minute by minute;
                  --json also writes them. With --stats-user/--stats-password (an official), it also reads
                  GET /api/admin/runtime: the service's heap after a full collection at each minute's end, and the
                  stored records before and after, checked against the creates acknowledged. --mix updates: a client
                  that holds 2 records of its own updates them instead of creating more (the 10 % of creates become
                  updates), so the library stops growing after the first seconds (a soak's heap then shows a leak,
                  not growth; audit entries still grow, one per write). --accounts (instead of --user): several
                  accounts split by role, as real users work: managers and officials search and match, university
                  and enterprise accounts create and update their own achievements and demands; each client reads
                  as one reader and writes as one writer (in turn), so the mix stays the same. --rate: an open loop
                  at that many requests/s in all, shared by the clients (each request's latency counts from when it
                  was due, so a wait for a free client is in it); builds compared at one rate meet the same load,
                  where a closed loop sends more reads to a build that answers writes sooner.""";
    }

    private static String statsAuthorization(Options options) {
        if (!options.has("stats-user")) {
            return null;
        }
        String pair = options.get("stats-user", "") + ":" + options.get("stats-password", "");
        return "Basic " + java.util.Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static double rate(Options options) {
        if (!options.has("rate")) {
            return 0;
        }
        String given = options.get("rate", "");
        try {
            double rate = Double.parseDouble(given);
            if (rate > 0 && Double.isFinite(rate)) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // the message below names the option and the value
        }
        throw new IllegalArgumentException("--rate must be a number of requests/s above 0, was: " + given);
    }

    @Override
    public boolean needsContext(Options options) {
        return false;
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        if (!options.has("url")) {
            throw new IllegalArgumentException("--url is required, e.g. --url http://127.0.0.1:8080");
        }
        if (options.has("accounts") && options.has("user")) {
            throw new IllegalArgumentException("--accounts replaces --user: give one or the other");
        }
        int clients = options.getInt("clients", 50);
        int seconds = options.getInt("seconds", 60);
        if (clients < 1 || seconds < 1) {
            throw new IllegalArgumentException("--clients and --seconds must be at least 1");
        }
        LoadTest.Settings settings = new LoadTest.Settings(URI.create(BackupCommand.ServiceUrl.of(options) + "/"),
                clients, Duration.ofSeconds(seconds), BackupCommand.ServiceUrl.basic(options),
                options.getInt("seed", 1), statsAuthorization(options),
                org.techmatch.loadtest.Mix.of(options.get("mix", "creates")),
                options.has("accounts") ? Accounts.parse(options.get("accounts", "")) : List.of(),
                rate(options));
        Map<String, Object> report = new LoadTest(settings).run(System.out);
        System.out.print(LoadTest.table(report));
        if (options.has("json")) {
            Path out = Path.of(options.get("json", "loadtest.json"));
            Files.writeString(out, LoadTest.json(report), StandardCharsets.UTF_8);
            System.out.println("wrote " + out.toAbsolutePath());
        }
        return 0;
    }
}
