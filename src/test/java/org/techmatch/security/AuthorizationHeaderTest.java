package org.techmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ApiTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request with an {@code Authorization} header is authenticated by that header alone: when it fails (wrong
 * password, unknown token, malformed Basic value, another scheme) the answer is a 401 problem+json with a Chinese
 * detail, even if the request also carries a signed-in session cookie — it never falls back to the session, which
 * would let a made-up header carry a cookie's write past the CSRF check.
 */
class AuthorizationHeaderTest extends ApiTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ORGANISATION = "天津认证头测试企业有限公司";
    private static final String PASSWORD = "Header-Pass-2026";
    private static final Map<String, String> ALL_DEMANDS = Map.of("status", "草稿,征集中,对接中,已解决,已关闭,已过期");

    private void account(String username) {
        ApiClient.Response created = api.post("/api/accounts", ApiClient.json(Map.of("username", username,
                "password", PASSWORD, "displayName", "测试用户", "role", "ENTERPRISE", "organisation", ORGANISATION)),
                ApiClient.admin());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private SessionBrowser signedIn(String username) throws Exception {
        account(username);
        SessionBrowser browser = new SessionBrowser(port);
        assertThat(browser.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/me").body()).contains(username);
        return browser;
    }

    private static String demand(String title) {
        return ApiClient.json(Map.of("title", title, "description", "用于检查认证头的需求说明。",
                "enterprise", Map.of("name", ORGANISATION), "region", "南开区"));
    }

    private long demands(String query) {
        return api.get("/api/demands", Map.of("q", query), ApiClient.CITY_OFFICIAL).json().get("total").asLong();
    }

    private long allDemands() {
        return api.get("/api/demands", ALL_DEMANDS, ApiClient.CITY_OFFICIAL).json().get("total").asLong();
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("未登录");
        assertThat(problem.get("detail").asString()).containsPattern("\\p{IsHan}")
                .doesNotContain("Exception").doesNotContain("org.").doesNotContain("Invalid").doesNotContain("Failed");
        return problem;
    }

    @Test
    void aSessionWithAWrongBasicPasswordAndNoCsrfHeaderIsA401AndStoresNothing() throws Exception {
        SessionBrowser browser = signedIn("header-basic");
        String title = "认证头测试需求甲" + System.nanoTime();
        long before = allDemands();

        JsonNode problem = assertUnauthorized(browser.postJson("/api/demands", demand(title), false,
                "Authorization", basic("header-basic:not-the-password")));
        assertThat(problem.get("detail").asString()).isEqualTo("用户名或密码错误");
        assertUnauthorized(browser.postJson("/api/demands", demand(title), false,
                "Authorization", basic("someone-else:not-the-password")));
        assertThat(demands(title)).isZero();
        assertThat(allDemands()).isEqualTo(before);

        // the body was fine: the session with its CSRF header and no Authorization header stores it
        assertThat(browser.postJson("/api/demands", demand(title), false).statusCode())
                .as("a session write without the CSRF header").isEqualTo(403);
        assertThat(browser.postJson("/api/demands", demand(title), true).statusCode()).isEqualTo(201);
        assertThat(demands(title)).isEqualTo(1);
    }

    @Test
    void aSessionWithAWrongBearerTokenIsA401AndStoresNothing() throws Exception {
        SessionBrowser browser = signedIn("header-bearer");
        String title = "认证头测试需求乙" + System.nanoTime();
        long before = allDemands();
        for (String header : List.of("Bearer tm_made-up-token", "Bearer ", "bearer tm_x")) {
            JsonNode problem = assertUnauthorized(browser.postJson("/api/demands", demand(title), false,
                    "Authorization", header));
            assertThat(problem.get("detail").asString()).as(header).contains("访问令牌无效或已撤销");
        }
        assertUnauthorized(browser.postJson("/api/demands", demand(title), true,
                "Authorization", "Bearer tm_made-up-token"));
        assertThat(allDemands()).isEqualTo(before);
        assertThat(browser.get("/api/me").body()).as("the session itself is left as it was").contains("header-bearer");
    }

    @Test
    void aMalformedBasicHeaderIsA401SayingWhatIsWrongInChinese() throws Exception {
        SessionBrowser browser = signedIn("header-malformed");
        long before = allDemands();
        Map<String, String> expected = Map.of(
                "Basic !!!not*base64", "Base64",
                "Basic " + Base64.getEncoder().encodeToString("没有冒号".getBytes(StandardCharsets.UTF_8)), "冒号",
                "Basic", "缺少凭据",
                "Digest username=\"header-malformed\"", "不支持的认证方式");
        expected.forEach((header, reason) -> {
            try {
                JsonNode withSession = assertUnauthorized(browser.postJson("/api/demands",
                        demand("认证头测试需求丙"), false, "Authorization", header));
                assertThat(withSession.get("detail").asString()).as(header).contains(reason);
                JsonNode alone = assertUnauthorized(browser.http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/me"))
                        .header("Authorization", header).build(), HttpResponse.BodyHandlers.ofString()));
                assertThat(alone.get("detail").asString()).as(header).contains(reason);
            } catch (Exception e) {
                throw new AssertionError(header, e);
            }
        });
        assertThat(allDemands()).isEqualTo(before);
    }

    @Test
    void aProgramSigningInByHeaderIsSentNoCsrfCookieWhileABrowserIs() throws Exception {
        ApiClient.Response program = api.get("/api/me", Map.of(), ApiClient.admin());
        assertThat(program.status()).isEqualTo(200);
        assertThat(program.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(h -> h.getValue().stream()).toList())
                .as("a Basic client keeps no cookies and is exempt from CSRF").noneMatch(c -> c.startsWith("XSRF-TOKEN"));

        HttpResponse<String> page = new SessionBrowser(port).get("/login");
        assertThat(page.headers().allValues("set-cookie")).as("a browser's first page gets the token for its script")
                .anyMatch(c -> c.startsWith("XSRF-TOKEN="));
    }
}
