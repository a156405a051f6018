package org.techmatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.ui.BrowserIdentity.Account;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * 我有意向 in a real headless chromium: the demo university sees a demand matching its achievement and clicks
 * 我有意向; the demo enterprise sees the notification (unread badge, inbox) and accepts; the demo manager sees the
 * new docking on its workbench. Screenshots at 1366×900 and 390×844 in target/screenshots/interest-*.png.
 */
class InterestBrowserTest extends BrowserTestBase {
    private static final String TERMS = "细胞培养液葡萄糖乳酸在线监测拉曼光谱传感器";

    /** Lexical matching suffices for the interest journey: no model to load, no vectors to wait for. */
    @DynamicPropertySource
    static void withoutVectors(DynamicPropertyRegistry registry) {
        registry.add("techmatch.semantic.enabled", () -> "false");
    }

    @Override
    protected boolean withVectors() {
        return false;
    }

    private void shots(String name) {
        for (int[] size : List.of(new int[] {1366, 900}, new int[] {390, 844})) {
            browser.resize(size[0], size[1]);
            browser.driver.navigate().refresh();
            browser.waitReady();
            assertThat(browser.horizontalOverflow()).as("%s wider than %d px", name, size[0]).isZero();
            browser.screenshot(name + "-" + size[0]);
        }
        browser.resize(1366, 900);
    }

    @Test
    void aUniversityExpressesInterestTheEnterpriseAcceptsAndTheManagerSeesTheDocking() {
        Map<String, Object> demand = new LinkedHashMap<>();
        demand.put("title", "细胞培养液葡萄糖乳酸在线监测");
        demand.put("description", "生物反应器中" + TERMS + "，需要实时监测细胞培养液中葡萄糖与乳酸浓度。");
        demand.put("enterprise", Map.of("name", "天津滨海启元细胞治疗技术有限公司"));
        demand.put("techField", "生物与新医药");
        demand.put("industry", "C27");
        demand.put("region", "滨海新区");
        demand.put("visibility", "仅技术经理人可见");
        ApiClient.Response d = api.post("/api/demands", ApiClient.json(demand), BrowserIdentity.apiHeaders(Account.ENTERPRISE));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        String demandId = d.json().get("id").asString();
        ApiClient.Response a = api.post("/api/achievements", ApiClient.json(Map.of("title", "细胞培养液葡萄糖乳酸拉曼光谱在线监测传感器",
                "description", TERMS + "，实时监测生物反应器细胞培养液中葡萄糖与乳酸浓度。",
                "owner", Map.of("name", "天津大学", "kind", "高校"), "techField", "生物与新医药", "maturity", "通过中试")),
                BrowserIdentity.apiHeaders(Account.UNIVERSITY));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String achievementId = a.json().get("id").asString();

        // the university sees the demand among its achievement's matches and says 我有意向
        identity.signInAs(Account.UNIVERSITY);
        browser.resize(1366, 900);
        browser.open("/achievement.html?id=" + achievementId);
        WebElement match = browser.waitFor(By.cssSelector("#matches .match[data-id='" + demandId + "']"));
        browser.click(match.findElement(By.cssSelector(".express-interest")));
        browser.type(match.findElement(By.name("message")), "我校课题组的拉曼光谱传感器可直接用于贵司生物反应器，可来现场演示。");
        match.findElement(By.cssSelector(".interest-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector("#matches .match[data-id='" + demandId + "'] .interest-action"), "已发送合作意向");
        browser.screenshot("interest-university-1366");
        JsonNode sent = api.get("/api/interests", Map.of("box", "sent"), BrowserIdentity.apiHeaders(Account.UNIVERSITY)).json();
        String interestId = sent.get(0).get("id").asString();
        assertThat(sent.get(0).get("offerId").asString()).isEqualTo(achievementId);
        assertThat(sent.get(0).has("toOrganisation")).as("the confidential demand's enterprise stays hidden").isFalse();

        // the enterprise sees the unread badge, the notification in its inbox, and accepts
        identity.signInAs(Account.ENTERPRISE);
        browser.open("/inbox.html");
        assertThat(browser.waitFor(By.id("unread-count")).getText()).isNotEqualTo("0");
        assertThat(browser.find("#notifications").getText()).contains("天津大学").contains("细胞培养液葡萄糖乳酸在线监测");
        shots("interest-inbox");
        WebElement received = browser.find(".interest[data-id='" + interestId + "']");
        browser.click(received.findElement(By.cssSelector(".accept-interest")));
        browser.waitForText(By.cssSelector(".interest[data-id='" + interestId + "']"), "已转为对接");
        String dockingId = api.get("/api/interests/" + interestId, Map.of(),
                BrowserIdentity.apiHeaders(Account.ENTERPRISE)).json().get("dockingId").asString();

        // the manager finds the new docking on its workbench
        identity.signInAs(Account.MANAGER);
        browser.open("/workbench.html");
        assertThat(browser.find(".column[data-stage='初步介绍']").getText()).contains(dockingId);
        shots("interest-workbench");
        JsonNode docking = api.get("/api/dockings/" + dockingId, Map.of(), BrowserIdentity.apiHeaders(Account.MANAGER)).json();
        assertThat(docking.get("source").asString()).isEqualTo("意向对接");
        assertThat(docking.get("achievementId").asString()).isEqualTo(achievementId);

        identity.signInAs(Account.UNIVERSITY);
        browser.open("/inbox.html");
        assertThat(browser.find("#interests").getText()).contains("已接受").contains("天津滨海启元细胞治疗技术有限公司");
        shots("interest-university-inbox");

        // 我的 counts the interests sent and links to them in the inbox
        int sentCount = api.get("/api/interests", Map.of("box", "sent"), BrowserIdentity.apiHeaders(Account.UNIVERSITY))
                .json().size();
        browser.open("/me.html");
        WebElement mine = browser.waitFor(By.id("my-interests"));
        assertThat(mine.getText()).contains("发出的意向 " + sentCount);
        assertThat(browser.find("#interests-sent").getAttribute("href")).endsWith("/inbox.html#interests");

        // 订阅此检索 saves the search on screen; the inbox lists it and cancels it
        browser.open("/?q=" + java.net.URLEncoder.encode("拉曼光谱", java.nio.charset.StandardCharsets.UTF_8)
                + "&lib=demands");
        browser.click(browser.waitFor(By.id("subscribe-search")));
        browser.waitFor(By.id("subscribe-done"));
        JsonNode saved = api.get("/api/subscriptions", Map.of(), BrowserIdentity.apiHeaders(Account.UNIVERSITY)).json();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).get("q").asString()).isEqualTo("拉曼光谱");
        assertThat(saved.get(0).get("library").asString()).isEqualTo("demand");
        String subscriptionId = saved.get(0).get("id").asString();
        browser.open("/inbox.html#subscriptions");
        WebElement subscription = browser.waitFor(By.cssSelector(".subscription[data-id='" + subscriptionId + "']"));
        assertThat(subscription.getText()).contains("拉曼光谱").contains("技术需求");
        browser.click(subscription.findElement(By.cssSelector(".cancel-subscription")));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector(".subscription[data-id='" + subscriptionId + "']")).isEmpty());
        assertThat(api.get("/api/subscriptions", Map.of(), BrowserIdentity.apiHeaders(Account.UNIVERSITY)).json())
                .isEmpty();
    }
}
