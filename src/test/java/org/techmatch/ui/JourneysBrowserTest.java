package org.techmatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.techmatch.ui.BrowserIdentity.Account;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The journeys of issue 15 that run through the official's challenge editor, dockings, the role-aware menu and the
 * phone layout, in headless chromium against the real service with the fixtures. Each journey leaves screenshots at
 * 1366×900 and 390×844 in target/screenshots/ (NAME-1366.png, NAME-390.png).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysBrowserTest extends BrowserTestBase {
    private static final ZoneId TIANJIN = ZoneId.of("Asia/Shanghai");

    /** Each journey starts on a desktop, whatever size the last one ended at. */
    @BeforeEach
    void desktop() {
        browser.resize(1366, 900);
    }

    @Test
    @Order(1)
    void anOfficialDraftsEditsAndPublishesAChallengeAndRunsItToAcceptanceThroughThePages() {
        LocalDate today = LocalDate.now(TIANJIN);
        identity.signInAs(Account.OFFICIAL);
        browser.open("/challenges.html");
        browser.click(browser.find("#new-challenge"));
        browser.waitReady();
        WebElement form = browser.find("#challenge-form");
        // the office is the official's own bureau, district included
        assertThat(new Select(browser.find("#officeDistrict")).getFirstSelectedOption().getText()).isEqualTo("滨海新区");
        browser.type(browser.find("#title"), "港口集装箱吊具智能防摇控制技术攻关");
        browser.type(browser.find("#problem"), "岸桥吊具在大风工况下摇摆大，人工对箱耗时长，需攻克吊具防摇与精准定位控制技术。");
        browser.type(browser.find("#indicators"), "摇摆角：≤ 0.5 度\n对箱时间：≤ 30 秒");
        new Select(browser.find("#techField")).selectByVisibleText("先进制造与自动化");
        browser.type(browser.find("#eligibility"), "在津高校、科研院所或企业");
        browser.type(browser.find("#budgetWan"), "300");
        browser.type(browser.find("#supportAmount"), "100");
        new Select(browser.find("#supportForm")).selectByVisibleText("补助");
        date("#applicationDeadline", today.plusDays(20));
        date("#projectStart", today.plusDays(30));
        date("#projectEnd", today.plusDays(400));
        milestone(0, "样机研制", "完成防摇控制样机与实验室测试", today.plusDays(200), "40");
        browser.click(browser.find("#add-milestone"));
        milestone(1, "码头示范", "在码头岸桥完成三个月示范运行", today.plusDays(390), "50");
        assertThat(browser.find("#share-total").getText()).isEqualTo("合计 90%");
        browser.click(browser.find("#save-draft"));
        // shares of 90 %: refused, the message at the milestones
        WebElement error = browser.waitFor(By.cssSelector("[data-field='milestones'] .field-error"));
        assertThat(error.getText()).contains("100%").contains("90%");
        shots("challenge-editor-error");

        browser.type(form.findElement(By.cssSelector(".milestone-row:nth-of-type(2) [data-name=sharePercent]")), "60");
        browser.click(browser.find("#save-draft"));
        browser.waitUntil(ExpectedConditions.urlContains("saved=1"));
        browser.waitReady();
        String id = browser.driver.getCurrentUrl().replaceAll(".*id=(CHL-\\d+).*", "$1");
        JsonNode draft = api.get("/api/challenges/" + id, Map.of(), BrowserIdentity.apiHeaders(Account.OFFICIAL)).json();
        assertThat(draft.get("status").asString()).isEqualTo("草稿");
        assertThat(draft.get("office").get("district").asString()).isEqualTo("滨海新区");
        assertThat(draft.get("milestones")).hasSize(2);

        // the draft is listed on the board for the district's official, and can be edited again
        browser.open("/challenges.html");
        browser.click(browser.find("#drafts li[data-id='" + id + "'] .edit-draft"));
        browser.waitReady();
        browser.type(browser.find("#title"), "港口岸桥吊具智能防摇与精准对箱控制技术攻关");
        browser.click(browser.find("#save-draft"));
        browser.waitUntil(ExpectedConditions.urlContains("saved=1"));
        browser.waitReady();
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo("港口岸桥吊具智能防摇与精准对箱控制技术攻关");
        shots("challenge-editor");
        browser.click(browser.find("#preview-link"));
        browser.waitReady();
        assertThat(browser.find("#challenge").getText()).contains("滨海新区科学技术局（滨海新区）").doesNotContain("undefined");
        assertThat(browser.find("#challenge-status").getText()).isEqualTo("草稿");

        browser.click(browser.find("#edit-draft"));
        browser.waitReady();
        browser.click(browser.find("#save-publish"));
        browser.waitUntil(ExpectedConditions.urlContains("published=1"));
        browser.waitReady();
        assertThat(browser.find("#challenge-status").getText()).isEqualTo("已发布");
        move("open", "揭榜中");

        identity.signInAs(Account.UNIVERSITY);
        browser.open("/challenge.html?id=" + id);
        WebElement application = browser.find("#application-form");
        browser.type(application.findElement(By.name("title")), "基于视觉伺服的岸桥吊具防摇控制方案");
        browser.type(application.findElement(By.name("approach")), "吊具姿态视觉测量结合模型预测控制，实时抑制摇摆。");
        browser.type(application.findElement(By.name("priceWan")), "260");
        browser.click(browser.find("#apply"));
        browser.waitForText(By.cssSelector(".notice.success"), "揭榜申报已提交");
        String applicationId = browser.find("#applications .application").getAttribute("data-id");

        identity.signInAs(Account.OFFICIAL);
        assertThat(api.put("/api/accounts/reviewer/assignments", ApiClient.json(Map.of("challengeIds", List.of(id))),
                BrowserIdentity.apiHeaders(Account.OFFICIAL)).status()).isEqualTo(200);
        browser.open("/challenge.html?id=" + id);
        move("close", "评审中");

        identity.signInAs(Account.REVIEWER);
        browser.open("/challenge.html?id=" + id);
        WebElement mine = browser.find(".application[data-id='" + applicationId + "']");
        for (WebElement score : mine.findElements(By.cssSelector(".review-form input[type=number]"))) {
            browser.type(score, "85");
        }
        browser.click(mine.findElement(By.cssSelector(".review-form button")));
        browser.waitForText(By.cssSelector(".notice.success"), "已提交");

        identity.signInAs(Account.OFFICIAL);
        browser.open("/challenge.html?id=" + id);
        WebElement award = browser.find(".application[data-id='" + applicationId + "'] .award-form");
        browser.type(award.findElement(By.name("reason")), "综合评分第一");
        browser.click(award.findElement(By.cssSelector("button")));
        browser.waitForText(By.id("challenge-status"), "已立项");
        move("start", "里程碑执行");

        for (int n = 1; n <= 2; n++) {
            identity.signInAs(Account.UNIVERSITY);
            browser.open("/challenge.html?id=" + id);
            WebElement evidence = browser.find(".milestone[data-n='" + n + "'] .evidence-form");
            browser.type(evidence.findElement(By.name("text")), "第 " + n + " 阶段验收材料");
            browser.click(evidence.findElement(By.cssSelector("button")));
            browser.waitForText(By.cssSelector(".milestone[data-n='" + n + "'] .milestone-status"), "已提交");
            identity.signInAs(Account.OFFICIAL);
            browser.open("/challenge.html?id=" + id);
            WebElement review = browser.find(".milestone[data-n='" + n + "'] .milestone-review-form");
            new Select(review.findElement(By.name("outcome"))).selectByVisibleText("通过");
            browser.click(review.findElement(By.cssSelector("button")));
            browser.waitForText(By.cssSelector(".milestone[data-n='" + n + "'] .milestone-status"), "通过");
        }
        move("accept", "已验收");
        JsonNode accepted = api.get("/api/challenges/" + id, Map.of()).json();
        assertThat(accepted.get("status").asString()).isEqualTo("已验收");
        assertThat(accepted.get("milestones").get(1).get("releasedWan").asDouble()).isEqualTo(60.0);
        shots("challenge-accepted");
    }

    @Test
    @Order(2)
    void aManagerStartsADockingFromATeamAndByHandAndADuplicateIsRefused() {
        identity.signInAs(Account.MANAGER);
        browser.open("/demand.html?id=DEM-000001");
        WebElement team = browser.waitFor(By.cssSelector("#expert-matches .match"));
        String expertId = team.getAttribute("data-id");
        browser.click(team.findElement(By.cssSelector(".create-docking")));
        WebElement form = team.findElement(By.cssSelector(".docking-form"));
        browser.type(form.findElement(By.name("what")), "安排团队负责人与企业技术总监电话沟通");
        browser.click(form.findElement(By.cssSelector("button[type=submit]")));
        browser.waitUntil(ExpectedConditions.urlContains("/docking.html?id=DKG-"));
        browser.waitReady();
        String fromTeam = browser.driver.getCurrentUrl().replaceAll(".*id=(DKG-\\d+).*", "$1");
        JsonNode stored = api.get("/api/dockings/" + fromTeam, Map.of(), BrowserIdentity.apiHeaders(Account.MANAGER)).json();
        assertThat(stored.get("expertId").asString()).isEqualTo(expertId);
        assertThat(stored.get("source").asString()).isEqualTo("匹配推荐");

        // the team's match card now links to its docking instead of offering a second one
        browser.open("/demand.html?id=DEM-000001");
        WebElement card = browser.waitFor(By.cssSelector("#expert-matches .match[data-id='" + expertId + "']"));
        assertThat(card.findElement(By.cssSelector(".existing-docking")).getAttribute("href")).endsWith("id=" + fromTeam);
        assertThat(card.findElements(By.cssSelector(".create-docking"))).isEmpty();
        shots("docking-from-team");

        // by hand: the same pair again is refused with a link to the existing docking
        browser.open("/workbench.html");
        browser.click(browser.find("#manual-docking"));
        browser.waitReady();
        findDemand("DEM-000001");
        browser.click(browser.find("input[name=supplyKind][value=expert]"));
        findSupply(expertId);
        browser.type(browser.find("#note"), "经理人走访企业后推荐");
        browser.click(browser.find("#save-docking"));
        WebElement existing = browser.waitFor(By.id("existing-docking-link"));
        assertThat(existing.getAttribute("href")).endsWith("/docking.html?id=" + fromTeam);
        assertThat(browser.find("#manual-docking-form .form-summary").getText()).contains(fromTeam);
        shots("docking-duplicate");

        // by hand with an achievement the demand has no docking with
        List<String> docked = api.get("/api/dockings/of-demand/DEM-000001", Map.of(),
                BrowserIdentity.apiHeaders(Account.MANAGER)).json().findValuesAsString("achievementId");
        String achievementId = api.get("/api/demands/DEM-000001/matches", Map.of("size", "20", "includeWeak", "true"))
                .json().get("matches").findValuesAsString("id").stream().filter(a -> !docked.contains(a)).findFirst()
                .orElseThrow();
        browser.click(browser.find("input[name=supplyKind][value=achievement]"));
        findSupply(achievementId);
        browser.click(browser.find("#save-docking"));
        browser.waitUntil(ExpectedConditions.urlContains("/docking.html?id=DKG-"));
        browser.waitReady();
        String byHand = browser.driver.getCurrentUrl().replaceAll(".*id=(DKG-\\d+).*", "$1");
        JsonNode manual = api.get("/api/dockings/" + byHand, Map.of(), BrowserIdentity.apiHeaders(Account.MANAGER)).json();
        assertThat(manual.get("achievementId").asString()).isEqualTo(achievementId);
        assertThat(manual.get("source").asString()).isEqualTo("人工撮合");
        assertThat(browser.find("#docking-stage").getText()).isEqualTo("初步介绍");
        shots("docking-by-hand");
    }

    @Test
    @Order(3)
    void anEnterpriseSeesItsMenuAndARefusalThatSaysWhy() {
        identity.signInAs(Account.ENTERPRISE);
        browser.open("/");
        List<String> menu = browser.all(".site-nav a").stream().map(e -> e.getAttribute("textContent")).toList();
        assertThat(menu).contains("检索", "企业出题", "揭榜挂帅").doesNotContain("对接工作台", "区域统计", "批量导入");
        browser.open("/workbench.html");
        assertThat(browser.find("#refusal").getText()).contains("对接工作台").contains("企业用户");
        assertThat(browser.all("#main .loading")).isEmpty();
        shots("enterprise-refused");
        for (String page : List.of("/docking-new.html", "/challenge-edit.html")) {
            browser.open(page);
            assertThat(browser.find("#main .notice.error").getText()).as(page).contains("仅供").contains("企业用户");
            assertThat(browser.all("#main form")).as(page).isEmpty();
        }
    }

    @Test
    @Order(4)
    void onAPhoneResultsComeBeforeFiltersAndThePreviewIsOneTapAwayWhileTyping() {
        identity.signInAs(Account.ENTERPRISE);
        try {
            browser.resize(390, 844);
            browser.open("/?q=%E7%84%8A%E7%BC%9D%E7%BC%BA%E9%99%B7%E6%A3%80%E6%B5%8B");
            WebElement first = browser.waitFor(By.cssSelector(".hit-card"));
            assertThat(browser.find("#facets").isDisplayed()).isFalse();
            assertThat(top(first)).as("first result within the first screen").isLessThan(844);
            assertThat(browser.horizontalOverflow()).isZero();
            browser.screenshot("phone-search-390");
            browser.click(browser.find("#filter-toggle"));
            WebElement facets = browser.waitFor(By.id("facets"));
            assertThat(facets.findElements(By.cssSelector("input[type=checkbox]"))).isNotEmpty();
            browser.screenshot("phone-filters-390");
            browser.click(browser.find(".filters-done"));
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("facets")));

            browser.open("/demand-new.html");
            browser.type(browser.find("#title"), "焊缝缺陷自动检测");
            browser.type(browser.find("#description"), "钢结构焊接后靠人工目视检查焊缝，漏检多、效率低。");
            WebElement jump = browser.find("#preview-jump");
            assertThat(jump.isDisplayed()).isTrue();
            assertThat(top(jump)).isBetween(0L, 844L);
            browser.waitFor(By.cssSelector("#preview .match"));
            // the writing guidance: what is missing and the terms matching achievements use
            browser.waitFor(By.cssSelector("#guidance .guidance-tips li[data-field=indicators]"));
            assertThat(browser.all("#guidance .term")).isNotEmpty();
            jump.click();
            browser.waitUntil(d -> top(browser.find("#preview")) < 844);
            browser.screenshot("phone-demand-preview-390");
        } finally {
            browser.resize(1366, 900);
        }
        browser.open("/?q=%E7%84%8A%E7%BC%9D%E7%BC%BA%E9%99%B7%E6%A3%80%E6%B5%8B");
        browser.waitFor(By.cssSelector(".hit-card"));
        assertThat(browser.find("#facets").isDisplayed()).isTrue();
        assertThat(browser.find("#filter-toggle").isDisplayed()).isFalse();
        browser.screenshot("phone-search-1366");
        browser.open("/demand-new.html");
        browser.type(browser.find("#title"), "焊缝缺陷自动检测");
        browser.waitFor(By.cssSelector("#guidance .term"));
        browser.screenshot("phone-demand-preview-1366");
    }

    private long top(WebElement element) {
        return ((Number) browser.script("return arguments[0].getBoundingClientRect().top;", element)).longValue();
    }

    /** The page as it is now at both widths. */
    private void shots(String name) {
        try {
            browser.screenshot(name + "-1366");
            browser.resize(390, 844);
            browser.screenshot(name + "-390");
        } finally {
            browser.resize(1366, 900);
        }
    }

    private void date(String css, LocalDate date) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                browser.find(css), date.toString());
    }

    private void milestone(int index, String name, String deliverable, LocalDate due, String share) {
        WebElement row = browser.all(".milestone-row").get(index);
        browser.type(row.findElement(By.cssSelector("[data-name=name]")), name);
        browser.type(row.findElement(By.cssSelector("[data-name=deliverable]")), deliverable);
        browser.script("arguments[0].value = arguments[1];", row.findElement(By.cssSelector("[data-name=dueDate]")),
                due.toString());
        browser.type(row.findElement(By.cssSelector("[data-name=sharePercent]")), share);
    }

    private void move(String name, String status) {
        browser.click(browser.find(".move-form[data-move=" + name + "] button"));
        browser.waitForText(By.id("challenge-status"), status);
    }

    private void findDemand(String query) {
        browser.type(browser.find("#demand-q"), query);
        browser.click(browser.find("#demand-find"));
        browser.waitUntil(d -> query.equals(new Select(browser.find("#demandId")).getFirstSelectedOption().getAttribute("value")));
    }

    private void findSupply(String id) {
        browser.type(browser.find("#supply-q"), id);
        browser.click(browser.find("#supply-find"));
        browser.waitUntil(d -> id.equals(new Select(browser.find("#supplyId")).getFirstSelectedOption().getAttribute("value")));
    }
}
