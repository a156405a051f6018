package org.techmatch.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.loadtest.LoadTest;

/** Hits a running service with a mix of search, match, create and update from N concurrent clients. */
final class LoadTestCommand implements Command {
    @Override
    public String name() {
        return "loadtest";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("url", "clients", "seconds", "user", "password", "json", "seed");
    }

    @Override
    public String usage() {
        return """
                loadtest --url URL [--clients 50] [--seconds 60] [--user U --password P] [--json OUT] [--seed 1]
                  Runs --clients concurrent clients against the service at URL for --seconds: 50 % search (Chinese
                  queries, some with a field filter, pages 1–3), 25 % match (GET /api/demands/{id}/matches over the
                  demands listed at start), 10 % create and 15 % update (each client updates records it created,
                  with their current version). Sends HTTP Basic with --user/--password. Prints requests/s and latency
                  p50/p90/p99/max per operation and overall, and the errors by kind; --json also writes them.""";
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
        int clients = options.getInt("clients", 50);
        int seconds = options.getInt("seconds", 60);
        if (clients < 1 || seconds < 1) {
            throw new IllegalArgumentException("--clients and --seconds must be at least 1");
        }
        LoadTest.Settings settings = new LoadTest.Settings(URI.create(BackupCommand.ServiceUrl.of(options) + "/"),
                clients, Duration.ofSeconds(seconds), BackupCommand.ServiceUrl.basic(options),
                options.getInt("seed", 1));
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
