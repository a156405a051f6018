package org.techmatch.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.backup.BackupManifest;
import org.techmatch.store.backup.LuceneBackups;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backs up the index: through a running service's API (a snapshot taken while it keeps serving), or, with
 * --index, straight from the files of an index no service is using.
 */
final class BackupCommand implements Command {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("url", "user", "password", "to", "index", "imports");
    }

    @Override
    public String usage() {
        return """
                backup --url URL [--user U --password P] [--to NAME]
                backup --index DIR [--to DIR] [--imports DIR]
                  With --url: asks the running service (POST URL/api/admin/backups, HTTP Basic with --user and
                  --password) for a consistent snapshot, copied while it keeps serving, into --to NAME (a directory
                  name under the service's techmatch.backup.directory; default a time stamp). Prints the directory
                  and the records per library.
                  With --index: the service must be stopped; copies the index's latest commit and the imports
                  directory (--imports, default "imports" next to the index) into --to DIR (default
                  backups/techmatch-TIME next to the index). Restore either with the restore command.""";
    }

    @Override
    public boolean needsContext(Options options) {
        return false;
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        if (options.has("url") == options.has("index")) {
            throw new IllegalArgumentException("give either --url (a running service) or --index (a stopped one)");
        }
        return options.has("url") ? online(options) : offline(options);
    }

    private static int online(Options options) throws Exception {
        String body = options.has("to") ? JsonMapper.shared().writeValueAsString(
                java.util.Map.of("to", options.get("to", ""))) : "{}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ServiceUrl.of(options) + "/api/admin/backups"))
                .timeout(Duration.ofMinutes(30)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        ServiceUrl.authorize(request, options);
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        if (response.statusCode() != 201) {
            System.err.println("backup refused: HTTP " + response.statusCode() + " " + response.body());
            return 1;
        }
        JsonNode created = JsonMapper.shared().readTree(response.body());
        System.out.println("backup " + created.get("directory").asString());
        System.out.println("records " + created.get("totalRecords").asInt() + " " + created.get("records"));
        System.out.println("index files " + created.get("indexFiles").asInt() + " (" + created.get("indexBytes").asLong()
                + " bytes), import files " + created.get("importFiles").asInt());
        return 0;
    }

    private static int offline(Options options) throws Exception {
        Path index = Path.of(options.get("index", "index")).toAbsolutePath().normalize();
        Path imports = Path.of(options.get("imports", index.resolveSibling("imports").toString()));
        Path target = options.has("to") ? Path.of(options.get("to", "")) : index.resolveSibling("backups")
                .resolve("techmatch-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
                        .format(Instant.now()));
        BackupManifest manifest = LuceneBackups.offline().backUpOffline(index, imports, target, Instant.now());
        System.out.println("backup " + target.toAbsolutePath());
        System.out.println("records " + manifest.totalRecords() + " " + manifest.records());
        System.out.println("index files " + manifest.indexFiles().size() + ", import files "
                + manifest.importFiles().size());
        return 0;
    }

    /** The service address and HTTP Basic credentials shared by the commands that talk to a running service. */
    static final class ServiceUrl {
        private ServiceUrl() {
        }

        static String of(Options options) {
            String url = options.get("url", "").strip();
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalArgumentException("--url must start with http:// or https://, e.g. http://127.0.0.1:8080");
            }
            return url.replaceAll("/+$", "");
        }

        static void authorize(HttpRequest.Builder request, Options options) {
            String header = basic(options);
            if (header != null) {
                request.header("Authorization", header);
            }
        }

        static String basic(Options options) {
            if (!options.has("user")) {
                return null;
            }
            String credentials = options.get("user", "") + ":" + options.get("password", "");
            return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        }
    }
}
