package org.techmatch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for tests: JSON in, status and parsed JSON out. Who is asking is written as
 * {@link #as(String, String)} (a role and an organisation); the client signs in for real: the first time it meets
 * a role and organisation it creates an account for them through the administrator's API, then sends that
 * account's HTTP Basic credentials. Without identity a request is anonymous.
 */
public final class ApiClient {
    /** The administrator of src/test/resources/config/application.yml. */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "Test-Admin-2026";
    /** Password of every account the client creates. */
    public static final String TEST_PASSWORD = "Test-Pass-2026";
    static final String ROLE = "X-TechMatch-Role";
    static final String ORG = "X-TechMatch-Org";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Accounts already created, by server and username: created once per test context, reused across tests. */
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
    /** A city-level official: may write every library record, whoever owns it. */
    public static final String[] CITY_OFFICIAL = as("OFFICIAL", "天津市科学技术局");
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String[] writer;

    public ApiClient(int port) {
        this("http://127.0.0.1:" + port, new String[0]);
    }

    private ApiClient(String base, String[] writer) {
        this.base = base;
        this.writer = writer;
    }

    /**
     * A client whose writes (POST, PUT, DELETE) without identity headers are made as the given identity; reads
     * without identity stay anonymous. For tests about the records themselves rather than who may write them.
     */
    public ApiClient writingAs(String[] identity) {
        return new ApiClient(base, identity);
    }

    private String[] writeHeaders(String[] headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(ROLE) || headers[i].equalsIgnoreCase("Authorization")) {
                return authorize(headers);
            }
        }
        String[] all = java.util.Arrays.copyOf(headers, headers.length + writer.length);
        System.arraycopy(writer, 0, all, headers.length, writer.length);
        return authorize(all);
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String path, Map<String, String> params, String... headers) {
        headers = authorize(headers);
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path + (query.isEmpty() ? "" : "?" + query))).GET(),
                headers);
    }

    public Response post(String path, String body, String... headers) {
        headers = writeHeaders(headers);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), headers);
    }

    public Response put(String path, String body, String... headers) {
        headers = writeHeaders(headers);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), headers);
    }

    public Response delete(String path, String... headers) {
        headers = writeHeaders(headers);
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    /** The response body as bytes (an XLSX download). */
    public HttpResponse<byte[]> download(String path, String... headers) {
        headers = authorize(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Who is asking: a role and an organisation (turned into a real account and HTTP Basic when sent). */
    public static String[] as(String role, String organisation) {
        return organisation == null ? new String[] {ROLE, role}
                : new String[] {ROLE, role, ORG, URLEncoder.encode(organisation, StandardCharsets.UTF_8)};
    }

    /**
     * HTTP Basic of an official of one district (the officials of {@link #as} answer for every district), created
     * by the administrator the first time.
     */
    public String[] districtOfficial(String district) {
        String username = "t-official-" + HexFormat.of().formatHex(sha256(district)).substring(0, 12);
        if (!CREATED.contains(base + "|" + username)) {
            Map<String, Object> account = new java.util.LinkedHashMap<>();
            account.put("username", username);
            account.put("password", TEST_PASSWORD);
            account.put("displayName", district + "科技局");
            account.put("role", "OFFICIAL");
            account.put("organisation", district + "科学技术局");
            account.put("district", district);
            int status = post("/api/accounts", json(account), admin()).status();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("cannot create the official of " + district + ": " + status);
            }
            CREATED.add(base + "|" + username);
        }
        return basic(username, TEST_PASSWORD);
    }

    /** HTTP Basic of the given account. */
    public static String[] basic(String username, String password) {
        return new String[] {"Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8))};
    }

    public static String[] admin() {
        return basic(ADMIN_USERNAME, ADMIN_PASSWORD);
    }

    /** The login name of the account that stands for a role and organisation. */
    public static String username(String role, String organisation) {
        String org = organisation == null ? "none" : HexFormat.of().formatHex(sha256(organisation)).substring(0, 12);
        return "t-" + role.toLowerCase() + "-" + org;
    }

    /** Assigns the reviewer of these identity headers to review the applications of the given challenges. */
    public void assign(String[] reviewer, String... challengeIds) {
        String[] auth = authorize(reviewer);
        String username = new String(Base64.getDecoder().decode(auth[1].substring(6)), StandardCharsets.UTF_8)
                .split(":")[0];
        Response response = put("/api/accounts/" + username + "/assignments",
                json(Map.of("challengeIds", java.util.List.of(challengeIds))), admin());
        if (response.status() != 200) {
            throw new IllegalStateException("cannot assign " + username + ": " + response.body());
        }
    }

    /**
     * The headers with identity headers replaced by the Basic credentials of the account they stand for (created
     * the first time); ANONYMOUS or no identity: no credentials.
     */
    public String[] authorize(String... headers) {
        String role = null;
        String org = null;
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(ROLE)) {
                role = headers[i + 1];
            } else if (headers[i].equalsIgnoreCase(ORG)) {
                org = URLDecoder.decode(headers[i + 1], StandardCharsets.UTF_8);
            } else {
                rest.add(headers[i]);
                rest.add(headers[i + 1]);
            }
        }
        if (role != null && !role.equalsIgnoreCase("ANONYMOUS")) {
            String username = username(role, org);
            ensureAccount(username, role.toUpperCase(), org);
            rest.addAll(java.util.List.of(basic(username, TEST_PASSWORD)));
        }
        return rest.toArray(String[]::new);
    }

    private void ensureAccount(String username, String role, String org) {
        if (CREATED.contains(base + "|" + username)) {
            return;
        }
        Map<String, Object> account = new java.util.LinkedHashMap<>();
        account.put("username", username);
        account.put("password", TEST_PASSWORD);
        account.put("role", role);
        account.put("organisation", org == null ? "测试单位" : org);
        Response created = send(HttpRequest.newBuilder(URI.create(base + "/api/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(account), StandardCharsets.UTF_8)), admin());
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("cannot create test account " + username + ": " + created.body());
        }
        CREATED.add(base + "|" + username);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private Response send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
