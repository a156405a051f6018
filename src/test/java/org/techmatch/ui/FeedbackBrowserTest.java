package org.techmatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.ui.BrowserIdentity.Account;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The 相关 / 不相关 buttons of a match card in a real headless chromium (issue 14): the demo manager opens a demand,
 * marks an achievement among its matches 不相关 with the reason 成熟度不足, and after a reload the card still says
 * 「经理人标记为不相关：成熟度不足」; the mark is counted in /api/stats/feedback and the enterprise that owns the
 * demand sees it too. The card words its 匹配度 (高 or 中, as a good match). Screenshot in
 * target/screenshots/feedback-marked-1366.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedbackBrowserTest {
    private static final String MARKED = "经理人标记为不相关：成熟度不足";
    private static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fixturesInATemporaryIndex(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("techmatch-ui-feedback-");
        registry.add("techmatch.index.path", dir::toString);
        registry.add("techmatch.fixtures.load-on-empty", () -> "true");
        registry.add("techmatch.semantic.enabled", () -> "false");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aManagerMarksAMatchIrrelevantWithAReasonAndSeesItAfterAReload() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> demand = new LinkedHashMap<>();
        demand.put("title", "锂电池极片涂布面密度β射线在线测量");
        demand.put("description", "锂电池极片涂布生产线需要β射线面密度在线测量仪，实时测量极片涂布面密度并闭环控制涂布厚度。");
        demand.put("enterprise", Map.of("name", "天津滨海启元细胞治疗技术有限公司"));
        demand.put("techField", "新能源与节能");
        demand.put("region", "滨海新区");
        ApiClient.Response d = api.post("/api/demands", ApiClient.json(demand),
                BrowserIdentity.apiHeaders(Account.ENTERPRISE));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        String demandId = d.json().get("id").asString();
        ApiClient.Response a = api.post("/api/achievements", ApiClient.json(Map.of(
                        "title", "锂电池极片涂布面密度β射线在线测量仪",
                        "description", "β射线面密度在线测量仪，用于锂电池极片涂布生产线，实时测量极片涂布面密度，闭环控制涂布厚度。",
                        "owner", Map.of("name", "天津大学", "kind", "高校"), "techField", "新能源与节能",
                        "maturity", "通过小试")),
                BrowserIdentity.apiHeaders(Account.UNIVERSITY));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String achievementId = a.json().get("id").asString();
        Irrelevant before = irrelevantForMaturity(api);

        browser = new Browser(port);
        BrowserIdentity identity = new BrowserIdentity(browser);
        identity.signInAs(Account.MANAGER);
        browser.resize(1366, 900);
        browser.open("/demand.html?id=" + demandId);
        By card = By.cssSelector("#matches .match[data-id='" + achievementId + "']");
        WebElement match = browser.waitFor(card);
        assertThat(match.findElement(By.cssSelector(".score-level")).getText())
                .as("匹配度 in words before the figure, a good match being 高 or 中").isIn("高", "中");
        new Select(match.findElement(By.name("reason"))).selectByVisibleText("成熟度不足");
        browser.click(match.findElement(By.cssSelector(".mark-irrelevant")));
        browser.waitForText(By.cssSelector("#matches .match[data-id='" + achievementId + "'] .feedback-marks"),
                MARKED);

        // the mark is stored, not only drawn: a reload reads it back from the server
        browser.driver().navigate().refresh();
        browser.waitReady();
        WebElement reloaded = browser.waitFor(card);
        browser.waitForText(By.cssSelector("#matches .match[data-id='" + achievementId + "'] .feedback-marks"),
                MARKED);
        assertThat(reloaded.findElement(By.cssSelector(".feedback-marks li.neg")).getText()).isEqualTo(MARKED);
        browser.screenshot("feedback-marked-1366");

        assertThat(irrelevantForMaturity(api)).as("/api/stats/feedback counts the new mark").isEqualTo(new Irrelevant(before.all() + 1, before.forMaturity() + 1));
        JsonNode marks = api.get("/api/demands/" + demandId + "/matches/feedback", Map.of(),
                BrowserIdentity.apiHeaders(Account.ENTERPRISE)).json();
        assertThat(marks.get(achievementId).get(0).get("text").asString())
                .as("the enterprise owning the demand sees the manager's mark").isEqualTo(MARKED);
        assertThat(marks.get(achievementId).get(0).get("mine").asBoolean()).isFalse();
    }

    /** The statistics' 不相关 marks: all of them, and those with the reason 成熟度不足. */
    private record Irrelevant(int all, int forMaturity) {
    }

    private Irrelevant irrelevantForMaturity(ApiClient api) {
        JsonNode counts = api.get("/api/stats/feedback", Map.of(), BrowserIdentity.apiHeaders(Account.OFFICIAL))
                .json();
        return new Irrelevant(counts.get("byVerdict").get("不相关").asInt(),
                counts.get("byReason").get("成熟度不足").asInt());
    }
}
