package org.techmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser for tests: keeps cookies (the session, XSRF-TOKEN), does not follow redirects (so they can be checked). */
final class SessionBrowser {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    SessionBrowser(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST with the session cookie, the CSRF header if asked for, and any other headers. */
    HttpResponse<String> postJson(String path, String json, boolean withCsrfHeader, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrfHeader) {
            request.header("X-XSRF-TOKEN", xsrfCookie());
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON PUT with the session cookie and the CSRF header. */
    HttpResponse<String> putJson(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrfCookie()).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String xsrfCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Opens the sign-in page and sends the form with its token. */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("登录").contains("用户名").contains("密码");
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        return form("/login", Map.of("username", username, "password", password, "_csrf", token.group(1)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
