package org.techmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.store.DocumentStore;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ApiTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in as people and programs use it: the form with its CSRF token and a session, HTTP Basic, bearer tokens;
 * accounts created by the administrator, with Chinese errors, and no password or token readable anywhere.
 */
class SignInTest extends ApiTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DocumentStore store;

    private static JsonNode me(SessionBrowser browser) throws Exception {
        return JSON.readTree(browser.get("/api/me").body());
    }

    private String account(String username, String role, String organisation) {
        ApiClient.Response created = api.post("/api/accounts", ApiClient.json(Map.of("username", username,
                "password", "Secret-Pass-2026", "displayName", "测试用户", "role", role, "organisation", organisation)),
                ApiClient.admin());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    @Test
    void theSignInFormWithItsCsrfTokenOpensASessionThatWritesOnlyWithTheCookieEchoed() throws Exception {
        account("form-user", "UNIVERSITY", "天津大学");
        SessionBrowser browser = new SessionBrowser(port);
        assertThat(me(browser).get("role").asString()).isEqualTo("ANONYMOUS");
        assertThat(me(browser).get("roleLabel").asString()).isEqualTo("访客");
        assertThat(me(browser).get("username").isNull()).isTrue();

        HttpResponse<String> signedIn = browser.signIn("form-user", "Secret-Pass-2026");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        JsonNode me = me(browser);
        assertThat(me.get("username").asString()).isEqualTo("form-user");
        assertThat(me.get("role").asString()).isEqualTo("UNIVERSITY");
        assertThat(me.get("roleLabel").asString()).isEqualTo("高校院所用户");
        assertThat(me.get("organisation").asString()).isEqualTo("天津大学");
        assertThat(browser.xsrfCookie()).isNotBlank();

        HttpResponse<String> withoutHeader = browser.postJson("/api/tokens", "{\"name\": \"脚本\"}", false);
        assertThat(withoutHeader.statusCode()).as("a session write without the CSRF header").isEqualTo(403);
        assertThat(withoutHeader.body()).contains("CSRF");
        assertThat(browser.postJson("/api/tokens", "{\"name\": \"脚本\"}", true).statusCode()).isEqualTo(201);

        HttpResponse<String> logout = browser.form("/logout", Map.of("_csrf", browser.xsrfCookie()));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(me(browser).get("role").asString()).isEqualTo("ANONYMOUS");
    }

    @Test
    void aWrongPasswordGoesBackToTheFormAndAFormWithoutItsTokenIsRefused() throws Exception {
        account("wrong-user", "ENTERPRISE", "天津测试企业有限公司");
        SessionBrowser browser = new SessionBrowser(port);
        HttpResponse<String> wrong = browser.signIn("wrong-user", "Not-The-Password");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("用户名或密码错误");
        assertThat(me(browser).get("role").asString()).isEqualTo("ANONYMOUS");

        HttpResponse<String> noToken = new SessionBrowser(port).form("/login",
                Map.of("username", "wrong-user", "password", "Secret-Pass-2026"));
        assertThat(noToken.statusCode()).isEqualTo(403);
    }

    @Test
    void httpBasicAuthenticatesEachRequestAndAWrongPasswordIsA401ProblemWithoutABrowserChallenge() {
        account("basic-user", "MANAGER", "天津市技术转移中心");
        JsonNode me = api.get("/api/me", Map.of(), ApiClient.basic("basic-user", "Secret-Pass-2026")).json();
        assertThat(me.get("role").asString()).isEqualTo("MANAGER");
        assertThat(api.get("/api/stats/overview", Map.of(), ApiClient.basic("basic-user", "Secret-Pass-2026"))
                .status()).isEqualTo(200);

        ApiClient.Response wrong = api.get("/api/me", Map.of(), ApiClient.basic("basic-user", "nope-nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asString()).isEqualTo("用户名或密码错误");
        assertThat(wrong.headers().getOrDefault("www-authenticate", List.of()).toString()).doesNotContain("Basic");
        ApiClient.Response unknown = api.get("/api/me", Map.of(), ApiClient.basic("nobody", "Secret-Pass-2026"));
        assertThat(unknown.status()).isEqualTo(401);

        ApiClient.Response anonymous = api.get("/api/stats/overview", Map.of());
        assertThat(anonymous.status()).as("/api never redirects to the sign-in page").isEqualTo(401);
        assertThat(anonymous.json().get("detail").asString()).contains("请先登录");
    }

    @Test
    void aBearerTokenWorksUntilRevokedAndOnlyItsHashIsStored() {
        account("token-user", "OFFICIAL", "南开区科学技术局");
        String[] basic = ApiClient.basic("token-user", "Secret-Pass-2026");
        ApiClient.Response issued = api.post("/api/tokens", ApiClient.json(Map.of("name", "数据同步")), basic);
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        String id = issued.json().get("id").asString();
        assertThat(token).startsWith("tm_").hasSizeGreaterThan(40);
        String[] bearer = {"Authorization", "Bearer " + token};

        assertThat(api.get("/api/me", Map.of(), bearer).json().get("username").asString()).isEqualTo("token-user");
        assertThat(api.post("/api/demands", ApiClient.json(Map.of("title", "令牌写入的需求", "description", "说明",
                "enterprise", Map.of("name", "天津测试企业有限公司"), "region", "南开区")), bearer).status())
                .as("a bearer write needs no CSRF token").isEqualTo(201);
        ApiClient.Response listed = api.get("/api/tokens", Map.of(), basic);
        assertThat(listed.body()).contains(id).doesNotContain(token);

        StringBuilder everything = new StringBuilder();
        store.forEach(null, stored -> everything.append(new String(stored.source(), StandardCharsets.UTF_8)));
        assertThat(everything.toString()).as("the index never holds a token or a password")
                .doesNotContain(token).doesNotContain("Secret-Pass-2026").contains("$2a$");

        assertThat(api.delete("/api/tokens/" + id, ApiClient.basic(ApiClient.ADMIN_USERNAME, ApiClient.ADMIN_PASSWORD))
                .status()).isEqualTo(200);
        ApiClient.Response revoked = api.get("/api/me", Map.of(), bearer);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("detail").asString()).contains("访问令牌无效或已撤销");
        assertThat(api.get("/api/me", Map.of(), "Authorization", "Bearer tm_made-up").status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessionsAndTokensButNotTheOneMakingIt() throws Exception {
        account("pw-sessions", "ENTERPRISE", "天津会话测试有限公司");
        SessionBrowser changing = new SessionBrowser(port);
        SessionBrowser other = new SessionBrowser(port);
        assertThat(changing.signIn("pw-sessions", "Secret-Pass-2026").statusCode()).isEqualTo(302);
        assertThat(other.signIn("pw-sessions", "Secret-Pass-2026").statusCode()).isEqualTo(302);
        String[] basic = ApiClient.basic("pw-sessions", "Secret-Pass-2026");
        String[] bearer = {"Authorization", "Bearer " + api.post("/api/tokens", ApiClient.json(Map.of("name", "同步")),
                basic).json().get("token").asString()};
        assertThat(api.get("/api/me", Map.of(), bearer).status()).isEqualTo(200);
        assertThat(me(other).get("username").asString()).isEqualTo("pw-sessions");
        assertThat(me(changing).get("username").asString()).isEqualTo("pw-sessions"); // sets the XSRF-TOKEN cookie

        HttpResponse<String> changed = changing.putJson("/api/me/password",
                "{\"oldPassword\": \"Secret-Pass-2026\", \"newPassword\": \"Xin-Mima-2027\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(me(changing).get("username").asString()).as("the session that changed it stays signed in")
                .isEqualTo("pw-sessions");
        assertThat(changing.postJson("/api/tokens", "{\"name\": \"新令牌\"}", true).statusCode()).isEqualTo(201);
        assertThat(me(other).get("role").asString()).as("another session has ended").isEqualTo("ANONYMOUS");
        ApiClient.Response oldToken = api.get("/api/me", Map.of(), bearer);
        assertThat(oldToken.status()).as("a token issued before the change").isEqualTo(401);
        assertThat(api.get("/api/me", Map.of(), basic).status()).isEqualTo(401);

        String[] renewed = ApiClient.basic("pw-sessions", "Xin-Mima-2027");
        String[] kept = {"Authorization", "Bearer " + api.post("/api/tokens", ApiClient.json(Map.of("name", "自改")),
                renewed).json().get("token").asString()};
        String[] spare = {"Authorization", "Bearer " + api.post("/api/tokens", ApiClient.json(Map.of("name", "备用")),
                renewed).json().get("token").asString()};
        assertThat(api.put("/api/me/password", ApiClient.json(Map.of("oldPassword", "Xin-Mima-2027",
                "newPassword", "Di-San-Mima-2028")), kept).status()).isEqualTo(204);
        assertThat(api.get("/api/me", Map.of(), kept).status()).as("the token a change is made with").isEqualTo(200);
        assertThat(api.get("/api/me", Map.of(), spare).status()).isEqualTo(401);
        assertThat(me(changing).get("role").asString()).as("a change by token ends the sessions")
                .isEqualTo("ANONYMOUS");

        SessionBrowser signedIn = new SessionBrowser(port);
        assertThat(signedIn.signIn("pw-sessions", "Di-San-Mima-2028").statusCode()).isEqualTo(302);
        assertThat(api.put("/api/accounts/pw-sessions/password", ApiClient.json(Map.of("newPassword",
                "Chong-Zhi-2029")), ApiClient.admin()).status()).isEqualTo(204);
        assertThat(me(signedIn).get("role").asString()).as("a reset ends every session").isEqualTo("ANONYMOUS");
        assertThat(api.get("/api/me", Map.of(), kept).status()).as("and every token").isEqualTo(401);
    }

    @Test
    void accountsAreCreatedByOfficialsWithChineseErrorsAndNeverShowAPassword() {
        ApiClient.Response invalid = api.post("/api/accounts", ApiClient.json(Map.of("username", "a",
                "password", "short", "role", "ANONYMOUS")), ApiClient.admin());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("username", "password", "role", "organisation");
        assertThat(invalid.json().get("detail").asString()).contains("登录名").contains("密码");

        account("official-a", "OFFICIAL", "西青区科学技术局");
        String[] official = ApiClient.basic("official-a", "Secret-Pass-2026");
        ApiClient.Response byOfficial = api.post("/api/accounts", ApiClient.json(Map.of("username", "firm-a",
                "password", "Firm-Pass-2026", "role", "ENTERPRISE", "organisation", "天津西青测试有限公司")), official);
        assertThat(byOfficial.status()).isEqualTo(201);
        assertThat(byOfficial.json().get("roleLabel").asString()).isEqualTo("企业用户");
        ApiClient.Response anotherOfficial = api.post("/api/accounts", ApiClient.json(Map.of("username", "official-b",
                "password", "Secret-Pass-2026", "role", "OFFICIAL", "organisation", "东丽区科学技术局")), official);
        assertThat(anotherOfficial.status()).isEqualTo(403);
        assertThat(anotherOfficial.json().get("detail").asString()).contains("系统管理员");
        ApiClient.Response duplicate = api.post("/api/accounts", ApiClient.json(Map.of("username", "firm-a",
                "password", "Firm-Pass-2026", "role", "ENTERPRISE", "organisation", "天津西青测试有限公司")), official);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).contains("已被使用");

        ApiClient.Response list = api.get("/api/accounts", Map.of(), official);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("firm-a").doesNotContain("password").doesNotContain("$2a$");
        assertThat(api.get("/api/accounts", Map.of(), ApiClient.basic("firm-a", "Firm-Pass-2026")).status())
                .isEqualTo(403);
    }
}
