package org.techmatch.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ClockedApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * A demand's 有效期 over real HTTP with the test clock (today 2026-06-01 in Tianjin): a user may not give a past one,
 * the nightly job moves an open demand past it to 已过期 as 系统, and budgets and prices keep sane bounds.
 */
class DemandValidityTest extends ClockedApiTestBase {
    private static final String ENTERPRISE = "天津有效期测试精工有限公司";

    @Autowired
    DemandExpiry expiry;

    private ApiClient owner() {
        return api.writingAs(ApiClient.as("ENTERPRISE", ENTERPRISE));
    }

    private static Map<String, Object> demand(String title, Object validUntil, Object budget) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "我司需要提升精密齿轮的加工精度，寻求热处理变形控制方案。");
        body.put("enterprise", Map.of("name", ENTERPRISE));
        body.put("region", "北辰区");
        if (validUntil != null) {
            body.put("validUntil", validUntil);
        }
        if (budget != null) {
            body.put("budget", budget);
        }
        return body;
    }

    private static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static String message(ApiClient.Response response, String field) {
        for (JsonNode e : response.json().get("errors")) {
            if (e.get("field").asString().equals(field)) {
                return e.get("message").asString();
            }
        }
        return null;
    }

    @Test
    void aPastValidityIsRefusedOnCreateAndOnEditWithAFieldError() {
        ApiClient.Response past = owner().post("/api/demands", ApiClient.json(demand("齿轮热处理变形控制", "2020-01-01", null)));
        assertThat(past.status()).as(past.body()).isEqualTo(400);
        assertThat(fields(past)).containsExactly("validUntil");
        assertThat(message(past, "validUntil")).contains("有效期不能早于今天").contains("2026-06-01");

        ApiClient.Response today = owner().post("/api/demands", ApiClient.json(demand("齿轮热处理变形控制", "2026-06-01", null)));
        assertThat(today.status()).as(today.body()).isEqualTo(201);
        assertThat(today.json().get("status").asString()).isEqualTo("征集中");

        Map<String, Object> edit = demand("齿轮热处理变形控制", "2026-05-31", null);
        edit.put("version", 1);
        ApiClient.Response edited = owner().put("/api/demands/" + today.json().get("id").asString(), ApiClient.json(edit));
        assertThat(edited.status()).as(edited.body()).isEqualTo(400);
        assertThat(fields(edited)).containsExactly("validUntil");
    }

    @Test
    void theDailyJobExpiresAnOpenDemandPastItsValidityAsTheSystemAndTheOwnerRenewsIt() {
        ApiClient.Response created = owner().post("/api/demands",
                ApiClient.json(demand("数控机床主轴热误差补偿", "2026-06-10", null)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        expiry.expirePastValidity();
        assertThat(api.get("/api/demands/" + id, Map.of(), ApiClient.CITY_OFFICIAL).json().get("status").asString())
                .as("its last valid day has not passed yet").isEqualTo("征集中");
        clock.advance(Duration.ofDays(10)); // 2026-06-11: the 10th was the last valid day
        assertThat(expiry.expirePastValidity()).as("ours, and any other test's demand valid until today").isPositive();
        assertThat(expiry.expirePastValidity()).as("a second run finds nothing more").isZero();

        JsonNode read = api.get("/api/demands/" + id, Map.of(), ApiClient.CITY_OFFICIAL).json();
        assertThat(read.get("status").asString()).isEqualTo("已过期");
        assertThat(api.get("/api/demands", Map.of("q", "主轴热误差")).json().get("total").asLong())
                .as("no longer listed").isZero();
        JsonNode audit = api.get("/api/audit", Map.of("recordId", id), ApiClient.CITY_OFFICIAL).json();
        List<String> writers = new ArrayList<>();
        audit.get("items").forEach(entry -> writers.add(entry.get("username").asString()));
        assertThat(writers).contains("系统");

        // the owner may still edit the text of the expired demand without touching its validity …
        Map<String, Object> text = demand("数控机床主轴热误差补偿（补充说明）", "2026-06-10", null);
        text.put("version", read.get("version").asLong());
        ApiClient.Response kept = owner().put("/api/demands/" + id, ApiClient.json(text));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("status").asString()).isEqualTo("已过期");
        // … but cannot reopen it with the past validity, only with a new one
        Map<String, Object> reopen = demand("数控机床主轴热误差补偿", "2026-06-10", null);
        reopen.put("version", kept.json().get("version").asLong());
        reopen.put("status", "征集中");
        ApiClient.Response refused = owner().put("/api/demands/" + id, ApiClient.json(reopen));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("validUntil");
        reopen.put("validUntil", "2026-12-31");
        ApiClient.Response renewed = owner().put("/api/demands/" + id, ApiClient.json(reopen));
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.json().get("status").asString()).isEqualTo("征集中");
    }

    @Test
    void budgetsAndPricesOutsideSaneBoundsAreRefusedWithFieldErrors() {
        ApiClient.Response tiny = owner().post("/api/demands", ApiClient.json(demand("齿轮预算过小", null,
                Map.of("minWan", 0.001, "maxWan", 5_000_000))));
        assertThat(tiny.status()).as(tiny.body()).isEqualTo(400);
        assertThat(fields(tiny)).containsExactlyInAnyOrder("budget.minWan", "budget.maxWan");
        assertThat(message(tiny, "budget.minWan")).contains("0.1 万元");
        assertThat(message(tiny, "budget.maxWan")).contains("1000000 万元").contains("100 亿元");

        ApiClient.Response zero = owner().post("/api/demands", ApiClient.json(demand("齿轮预算为零", null,
                Map.of("minWan", 0, "maxWan", 0))));
        assertThat(zero.status()).as(zero.body()).isEqualTo(400);
        assertThat(message(zero, "budget.maxWan")).contains("面议");

        ApiClient.Response reversed = owner().post("/api/demands", ApiClient.json(demand("齿轮预算颠倒", null,
                Map.of("minWan", 200, "maxWan", 100))));
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(400);
        assertThat(fields(reversed)).containsExactly("budget.minWan");

        ApiClient.Response upTo = owner().post("/api/demands", ApiClient.json(demand("齿轮预算不超过五十万", null,
                Map.of("minWan", 0, "maxWan", 50))));
        assertThat(upTo.status()).as(upTo.body()).isEqualTo(201);
        ApiClient.Response negotiable = owner().post("/api/demands", ApiClient.json(demand("齿轮预算面议", null,
                Map.of("negotiable", true))));
        assertThat(negotiable.status()).as(negotiable.body()).isEqualTo(201);

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("title", "精密齿轮热处理变形控制工艺");
        achievement.put("description", "一种渗碳淬火变形控制工艺。");
        achievement.put("owner", Map.of("name", "天津有效期测试大学", "kind", "高校"));
        achievement.put("region", "南开区");
        achievement.put("askingPrice", Map.of("minWan", 0.05));
        ApiClient.Response price = api.writingAs(ApiClient.CITY_OFFICIAL).post("/api/achievements",
                ApiClient.json(achievement));
        assertThat(price.status()).as(price.body()).isEqualTo(400);
        assertThat(fields(price)).contains("askingPrice.minWan");
    }
}
