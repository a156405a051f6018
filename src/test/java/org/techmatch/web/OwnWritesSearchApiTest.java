package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service's default search rule over real HTTP, with the periodic refresh an hour away: an account's search in
 * its next request finds what it just wrote, and a read by id shows it to anyone at once. That another account's
 * search does not wait for the write is shown by {@code ReadYourWritesTest} on the store, where nothing else runs:
 * here any realtime read of the service's own (a key lookup, a listing by a background job) refreshes the searchers
 * at a moment of its own, so whether the other account happens to see the write is not the rule's to decide.
 */
@TestPropertySource(properties = {"techmatch.index.realtime-search=false", "techmatch.index.refresh-ms=3600000",
        "techmatch.semantic.background-job=false"})
class OwnWritesSearchApiTest extends ApiTestBase {
    private static final String[] WRITER = ApiClient.CITY_OFFICIAL;
    private static final String[] OTHER = ApiClient.as("MANAGER", "天津市技术转移中心");

    @Test
    void anAccountsNextRequestFindsItsOwnWriteWithTheRefreshAnHourAway() {
        // both accounts exist and have signed in once before the write, so no sign-in refreshes for a new account
        assertThat(api.get("/api/me", Map.of(), WRITER).status()).isEqualTo(200);
        assertThat(api.get("/api/me", Map.of(), OTHER).status()).isEqualTo(200);

        String marker = "读己之写接口" + System.nanoTime() % 100_000;
        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(LibraryApiTest.achievement(
                marker + " 焊缝缺陷在线检测", "基于机器视觉的焊缝缺陷在线检测系统。", "先进制造与自动化", "通过中试",
                "南开区", null, "许可")), WRITER);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();

        assertThat(api.get("/api/achievements/" + id, Map.of(), OTHER).status())
                .as("a read by id shows the write to anyone at once").isEqualTo(200);
        assertThat(ids(api.get("/api/achievements", Map.of("q", marker), WRITER).json()))
                .as("the writer's search in its next request").containsExactly(id);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(hit -> ids.add(hit.get("record").get("id").asString()));
        return ids;
    }
}
