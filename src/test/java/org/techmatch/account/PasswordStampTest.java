package org.techmatch.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.techmatch.catalog.LibraryService;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ApiTestBase;

/**
 * A new password ends the account's bearer tokens by its own write: a crash right after it, before the revocations
 * that follow are written, must not leave a token issued under the old password working.
 */
class PasswordStampTest extends ApiTestBase {
    @Autowired
    AccountService accounts;
    @Autowired
    LibraryService<Account> accountLibrary;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void aPasswordWrittenWithoutTheRevocationsThatFollowItStillEndsTheOldTokens() {
        assertThat(api.post("/api/accounts", ApiClient.json(Map.of("username", "stamp-user",
                "password", "Secret-Pass-2026", "displayName", "测试用户", "role", "ENTERPRISE",
                "organisation", "天津令牌测试有限公司")), ApiClient.admin()).status()).isEqualTo(201);
        String[] bearer = {"Authorization", "Bearer " + api.post("/api/tokens", ApiClient.json(Map.of("name", "同步")),
                ApiClient.basic("stamp-user", "Secret-Pass-2026")).json().get("token").asString()};
        assertThat(api.get("/api/me", Map.of(), bearer).status()).isEqualTo(200);

        // the password write alone, as a crash between it and the revocations leaves the store
        Account current = accounts.byUsername("stamp-user").orElseThrow();
        accountLibrary.update(current.id(), current.version(),
                current.withPasswordHash(passwords.encode("Xin-Mima-2027")));

        ApiClient.Response old = api.get("/api/me", Map.of(), bearer);
        assertThat(old.status()).as(old.body()).isEqualTo(401);
        tools.jackson.databind.JsonNode listed = api.get("/api/tokens", Map.of(),
                ApiClient.basic("stamp-user", "Xin-Mima-2027")).json().get(0);
        assertThat(listed.get("name").asString()).isEqualTo("同步");
        assertThat(listed.has("revokedAt") && !listed.get("revokedAt").isNull()).as("not revoked, still refused")
                .isFalse();
    }
}
