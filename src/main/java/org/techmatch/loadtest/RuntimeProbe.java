package org.techmatch.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the service's {@code GET /api/admin/runtime} (an official's credentials): its heap and record counts. */
final class RuntimeProbe {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The heap in use (after a full collection when asked) and the live records per type. */
    record Reading(long heapUsedBytes, Map<String, Integer> records) {
    }

    private RuntimeProbe() {
    }

    /** The reading, or empty when the service does not answer 200 (an older service, or not an official). */
    static Optional<Reading> read(HttpClient http, URI base, String authorization, boolean collect) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/admin/runtime?collect=" + collect))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", authorization).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                System.err.println("GET /api/admin/runtime: HTTP " + response.statusCode());
                return Optional.empty();
            }
            JsonNode body = JSON.readTree(response.body());
            Map<String, Integer> records = new TreeMap<>();
            body.get("records").properties().forEach(e -> records.put(e.getKey(), e.getValue().asInt()));
            return Optional.of(new Reading(body.get("heapUsedBytes").asLong(), records));
        } catch (IOException e) {
            System.err.println("GET /api/admin/runtime: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
