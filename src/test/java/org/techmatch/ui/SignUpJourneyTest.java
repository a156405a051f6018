package org.techmatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.techmatch.account.CreditCodes;
import org.techmatch.ui.BrowserIdentity.Account;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * A new enterprise's whole journey in the browser: it registers, an official of its district approves it, it
 * publishes a demand, the review returns it with a reason, it corrects and resubmits, the official publishes it,
 * its matches show, and it renews the demand from 我的 when reminded. Then: a sign-in that lapsed while a demand
 * was being typed comes back to the form with the text. Each step leaves a screenshot at 1366×900 and 390×844 in
 * target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignUpJourneyTest extends BrowserTestBase {
    private static final String USERNAME = "haigang-weld";
    private static final String PASSWORD = "Hangang-Mima-2026";
    private static final String ORG = "天津海港焊接装备有限公司";
    private static final String TITLE = "钢箱梁焊缝表面缺陷机器视觉在线检测";
    private static String demandId;

    @BeforeAll
    void desktop() {
        browser.resize(1366, 900);
    }

    /** The page as it is now, on a desktop and on a phone; back to the desktop size after. */
    private void shots(String name) {
        browser.resize(1366, 900);
        browser.screenshot("journey-" + name + "-1366");
        browser.resize(390, 844);
        browser.screenshot("journey-" + name + "-390");
        assertThat(browser.horizontalOverflow()).as(name + " fits a phone's width").isZero();
        browser.resize(1366, 900);
    }

    private void signIn(String username, String password) {
        identity.signOut();
        browser.driver.get(browser.base + "/login");
        typeLogin(username, password);
    }

    private void typeLogin(String username, String password) {
        browser.waitFor(By.name("username")).sendKeys(username);
        browser.driver.findElement(By.name("password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("form [type=submit]")).click();
        browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.waitReady();
    }

    private WebElement item(String id) {
        return browser.waitFor(By.cssSelector(".item[data-id='" + id + "']"));
    }

    private String demandStatus() {
        return api.get("/api/demands/" + demandId, Map.of(), ApiClient.admin()).json().get("status").asString();
    }

    @Test
    @Order(1)
    void registerAndWaitForApproval() {
        identity.signOut();
        browser.open("/");
        browser.click(browser.find("#sign-in"));
        browser.waitFor(By.id("to-register"));
        assertThat(browser.find("#to-site").getAttribute("href")).endsWith("/");
        browser.click(browser.find("#to-register"));
        browser.waitReady();
        browser.type(browser.find("#reg-username"), USERNAME);
        browser.type(browser.find("#reg-password"), "short");
        browser.type(browser.find("#reg-organisation"), ORG);
        String code = CreditCodes.fresh();
        browser.type(browser.find("#reg-creditCode"), code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"));
        new Select(browser.find("#reg-district")).selectByVisibleText("滨海新区");
        browser.type(browser.find("#reg-contactPerson"), "赵工");
        browser.type(browser.find("#reg-phone"), "022-25801234");
        browser.click(browser.find("#register"));
        browser.waitFor(By.cssSelector(".field-error[data-for='creditCode']"));
        assertThat(browser.find(".field-error[data-for='creditCode']").getText()).contains("校验位");
        assertThat(browser.find(".field-error[data-for='password']").getText()).contains("至少 8");
        shots("1-register-refused");

        browser.type(browser.find("#reg-creditCode"), code);
        browser.type(browser.find("#reg-password"), PASSWORD);
        browser.click(browser.find("#register"));
        browser.waitFor(By.id("registered-sign-in"));
        assertThat(browser.find("#main").getText()).contains("待审核");
        shots("2-registered");

        browser.click(browser.find("#registered-sign-in"));
        typeLogin(USERNAME, PASSWORD);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/me.html");
        assertThat(browser.waitFor(By.id("registration-status")).getAttribute("data-status")).isEqualTo("待审核");
        assertThat(browser.all(".site-nav a").stream().map(WebElement::getText)).contains("我的")
                .doesNotContain("企业出题");
        shots("3-pending");
    }

    @Test
    @Order(2)
    void anOfficialOfTheDistrictApproves() {
        identity.signInAs(Account.OFFICIAL);
        browser.open("/reviews.html");
        WebElement application = item(USERNAME);
        assertThat(application.getText()).contains(ORG).contains("滨海新区");
        shots("4-review-registration");
        browser.click(application.findElement(By.cssSelector("[data-action=approve]")));
        browser.waitUntil(d -> "true".equals(item(USERNAME).getAttribute("data-decided")));
        assertThat(api.get("/api/registrations", Map.of("status", "已通过"), ApiClient.admin()).body()).contains(USERNAME);
    }

    @Test
    @Order(3)
    void theApprovedEnterprisePublishesADemandThatWaitsForReview() {
        signIn(USERNAME, PASSWORD);
        browser.open("/demand-new.html");
        assertThat(browser.find("[name='enterprise.name']").getAttribute("value")).isEqualTo(ORG);
        browser.type(browser.find("#title"), TITLE);
        browser.type(browser.find("#description"), "公司生产桥梁钢箱梁，焊后外观检验靠人工目视，夜班漏检多。"
                + "希望引进机器视觉在线检测系统，自动识别气孔、咬边、裂纹等焊缝表面缺陷，并测量余高和宽度。");
        new Select(browser.find("#techField")).selectByVisibleText("电子信息");
        browser.find("#save").click();
        browser.waitUntil(ExpectedConditions.urlContains("/demand.html?id=DEM-"));
        browser.waitReady();
        demandId = browser.driver.getCurrentUrl().replaceAll(".*id=(DEM-\\d+).*", "$1");
        assertThat(demandStatus()).isEqualTo("待审核");
        assertThat(api.get("/api/demands/" + demandId, Map.of()).status()).as("hidden from visitors").isEqualTo(404);
        browser.open("/me.html");
        assertThat(item(demandId).getAttribute("data-status")).isEqualTo("待审核");
        shots("5-demand-pending");
    }

    @Test
    @Order(4)
    void theReviewReturnsItAndTheOwnerResubmits() {
        identity.signInAs(Account.OFFICIAL);
        browser.open("/reviews.html");
        WebElement queued = item(demandId);
        browser.click(queued.findElement(By.cssSelector("[data-action=return]")));
        browser.waitFor(By.cssSelector(".item[data-id='" + demandId + "'] .notice.error"));
        browser.type(queued.findElement(By.cssSelector(".return-reason")), "请补充检测节拍和缺陷最小尺寸要求");
        shots("6-review-return");
        browser.click(queued.findElement(By.cssSelector("[data-action=return]")));
        browser.waitUntil(d -> "true".equals(item(demandId).getAttribute("data-decided")));
        assertThat(demandStatus()).isEqualTo("已退回");

        signIn(USERNAME, PASSWORD);
        browser.open("/me.html");
        WebElement mine = item(demandId);
        assertThat(mine.getAttribute("data-status")).isEqualTo("已退回");
        assertThat(mine.getText()).contains("请补充检测节拍和缺陷最小尺寸要求");
        shots("7-returned");
        browser.click(mine.findElement(By.cssSelector("[data-action=edit]")));
        WebElement description = browser.waitFor(By.cssSelector(".item[data-id='" + demandId + "'] textarea[name=description]"));
        description.sendKeys("检测节拍不低于 1 米/分钟，可检出 0.5 毫米以上的气孔。");
        browser.click(browser.find(".item[data-id='" + demandId + "'] .edit-form [type=submit]"));
        browser.waitUntil(d -> "待审核".equals(item(demandId).getAttribute("data-status")));
        assertThat(demandStatus()).isEqualTo("待审核");
    }

    @Test
    @Order(5)
    void publishedItsMatchesShow() {
        identity.signInAs(Account.OFFICIAL);
        browser.open("/reviews.html");
        WebElement queued = item(demandId);
        assertThat(queued.getText()).contains("曾退回");
        browser.click(queued.findElement(By.cssSelector("[data-action=approve]")));
        browser.waitUntil(d -> "true".equals(item(demandId).getAttribute("data-decided")));
        assertThat(demandStatus()).isEqualTo("征集中");

        identity.signOut();
        browser.open("/demand.html?id=" + demandId);
        browser.waitFor(By.cssSelector("#matches .match"));
        assertThat(browser.all("#matches .match h3").getFirst().getText()).contains("焊");
        shots("8-published-matches");

        signIn(USERNAME, PASSWORD);
        browser.open("/me.html");
        assertThat(item(demandId).getText()).contains("条合适匹配");
    }

    @Test
    @Order(6)
    void remindedBeforeItsValidityEndsAndRenewedInOneClick() {
        LocalDate soon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(6);
        String[] owner = ApiClient.basic(USERNAME, PASSWORD);
        JsonNode current = api.get("/api/demands/" + demandId, Map.of(), owner).json();
        Map<String, Object> body = new LinkedHashMap<>();
        current.properties().forEach(e -> body.put(e.getKey(), e.getValue()));
        body.put("validUntil", soon.toString());
        assertThat(api.put("/api/demands/" + demandId, ApiClient.json(body), owner).status()).isEqualTo(200);

        browser.open("/me.html");
        WebElement reminder = browser.waitFor(By.cssSelector("#reminders li[data-id='" + demandId + "']"));
        assertThat(reminder.getText()).contains("6 天");
        shots("9-reminder");
        browser.click(item(demandId).findElement(By.cssSelector("[data-action=renew]")));
        browser.waitUntil(d -> browser.all("#reminders li[data-id='" + demandId + "']").isEmpty()
                && !browser.all(".item[data-id='" + demandId + "']").isEmpty());
        assertThat(item(demandId).getText()).contains("有效期至 " + soon.plusMonths(6));
        shots("10-renewed");
    }

    @Test
    @Order(7)
    void aLapsedSignInReturnsToTheFormWithWhatWasTyped() {
        identity.signInAs(Account.ENTERPRISE);
        browser.open("/demand-new.html");
        String typed = "冷链集装箱温湿度无线监测终端低功耗设计";
        browser.type(browser.find("#title"), typed);
        browser.type(browser.find("#description"), "终端需要在零下二十五度连续工作九十天。");
        // the session ends while the page is open (expired, or signed out in another tab)
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.find("#save").click();
        browser.waitUntil(ExpectedConditions.urlContains("/login?next="));
        shots("11-sign-in-again");
        typeLogin("enterprise", "Demo-Qiye-2026");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/demand-new.html");
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo(typed);
        assertThat(browser.find("#description").getAttribute("value")).contains("九十天");
        assertThat(browser.find(".form-summary").getText()).contains("已恢复");
        shots("12-draft-restored");
    }
}
