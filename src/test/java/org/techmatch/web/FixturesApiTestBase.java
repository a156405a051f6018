package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real service on a random port over a fresh index with the fixtures and the README's demo accounts: for
 * access tests that sign in as each role and look for the fixtures' protected strings in the answers. Subclasses
 * share one application context; a test that writes leaves the fixtures it reads elsewhere as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class FixturesApiTestBase {
    /** The demo accounts of README "## Accounts and roles". */
    protected static final String[] ENTERPRISE = ApiClient.basic("enterprise", "Demo-Qiye-2026");
    protected static final String[] UNIVERSITY = ApiClient.basic("university", "Demo-Gaoxiao-2026");
    protected static final String[] MANAGER = ApiClient.basic("manager", "Demo-Jingliren-2026");
    /** 滨海新区科学技术局, district 滨海新区. */
    protected static final String[] OFFICIAL = ApiClient.basic("official", "Demo-Keji-2026");
    /** 河北工业大学 (钱教授), assigned CHL-000002 and CHL-000004. */
    protected static final String[] REVIEWER = ApiClient.basic("reviewer", "Demo-Pingshen-2026");

    @LocalServerPort
    protected int port;
    protected ApiClient api;

    @DynamicPropertySource
    static void indexWithFixtures(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("techmatch-access-");
            registry.add("techmatch.index.path", dir::toString);
            registry.add("techmatch.fixtures.load-on-empty", () -> "true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    protected void client() {
        api = new ApiClient(port);
    }

    /** An account created by the administrator (once per context), signed in by HTTP Basic. */
    protected String[] account(String username, String role, String organisation, String district) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", ApiClient.TEST_PASSWORD);
        body.put("role", role);
        body.put("organisation", organisation);
        if (district != null) {
            body.put("district", district);
        }
        ApiClient.Response created = api.post("/api/accounts", ApiClient.json(body), ApiClient.admin());
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        return ApiClient.basic(username, ApiClient.TEST_PASSWORD);
    }

    /** The administrator assigns a reviewer account to challenges (replacing its assignments). */
    protected void assign(String username, String... challengeIds) {
        ApiClient.Response response = api.put("/api/accounts/" + username + "/assignments",
                ApiClient.json(Map.of("challengeIds", List.of(challengeIds))), ApiClient.admin());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
