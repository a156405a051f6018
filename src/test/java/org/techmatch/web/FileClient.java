package org.techmatch.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Multipart uploads and binary downloads over real HTTP, for the import and export tests. Requests are made as a
 * technology manager (imports and exports are theirs) unless other identity headers are given.
 */
final class FileClient {
    static final String[] MANAGER = ApiClient.as("MANAGER", "天津市技术转移中心");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final ApiClient api;

    FileClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.api = new ApiClient(port);
    }

    record Download(int status, byte[] body, Map<String, java.util.List<String>> headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        Path saveTo(Path file) {
            try {
                return Files.write(file, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** POST multipart/form-data with text fields and one file part named "file". */
    Download upload(String path, Map<String, String> fields, String fileName, byte[] content) {
        return upload(path, fields, fileName, content, MANAGER);
    }

    /** As {@link #upload(String, Map, String, byte[])}, as the given identity. */
    Download upload(String path, Map<String, String> fields, String fileName, byte[] content, String[] identity) {
        String boundary = "----techmatch-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (fileName != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), identity);
    }

    Download upload(String path, String library, Path file) {
        try {
            return upload(path, Map.of("library", library), file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Download get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        String[] identified = api.authorize(headers.length == 0 ? MANAGER : headers);
        for (int i = 0; i + 1 < identified.length; i += 2) {
            request.header(identified[i], identified[i + 1]);
        }
        return exchange(request);
    }

    Download post(String path, String json) {
        return post(path, json, MANAGER);
    }

    Download post(String path, String json, String[] identity) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), identity);
    }

    /** Polls an import job until it has finished (or the deadline passes) and returns its last status. */
    JsonNode awaitImport(String id, Duration timeout) {
        return awaitImport(id, timeout, MANAGER);
    }

    JsonNode awaitImport(String id, Duration timeout, String[] identity) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode status = get("/api/imports/" + id, identity).json();
            if (status.hasNonNull("finishedAt") || System.nanoTime() > deadline) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        }
    }

    private Download send(HttpRequest.Builder request, String[] identity) {
        String[] auth = api.authorize(identity);
        for (int i = 0; i + 1 < auth.length; i += 2) {
            request.header(auth[i], auth[i + 1]);
        }
        return exchange(request);
    }

    private Download exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
