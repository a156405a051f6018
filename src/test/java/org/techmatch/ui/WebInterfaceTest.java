package org.techmatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * The web interface in a real headless chromium against the real service on a random port, over a temporary
 * index with the fixtures loaded and every vector computed: what users do on each page, checked on what they
 * see. Each page leaves a screenshot in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebInterfaceTest extends BrowserTestBase {

    @Test
    @Order(1)
    void searchBothLibrariesNarrowByAFacetAndOpenAResult() {
        identity.signOut();
        browser.open("/");
        browser.type(browser.find("#q"), "焊缝缺陷检测");
        browser.find("#search-form button[type=submit]").click();
        browser.waitFor(By.cssSelector(".hit-card em.hit"));
        long total = api.get("/api/achievements", Map.of("q", "焊缝缺陷检测", "size", "1")).json().get("total").asLong();
        assertThat(browser.find("#result-total").getText()).contains(String.valueOf(total));
        assertThat(browser.find("[data-lib=demands] .count").getText()).isEqualTo(String.valueOf(
                api.get("/api/demands", Map.of("q", "焊缝缺陷检测", "size", "1")).json().get("total").asLong()));

        assertThat(total).isGreaterThan(10);
        browser.click(browser.find(".pager button:last-of-type"));
        browser.waitForText(By.cssSelector(".pager"), "第 2 / " + (total + 9) / 10 + " 页");
        assertThat(browser.driver.getCurrentUrl()).contains("page=2");
        browser.waitFor(By.cssSelector(".hit-card em.hit"));

        WebElement facet = browser.find("[data-facet=techField] label");
        String count = facet.findElement(By.cssSelector(".c")).getText();
        facet.findElement(By.cssSelector("input")).click();
        browser.waitForText(By.id("result-total"), "共 " + count + " 条");
        assertThat(browser.find("[data-facet=techField] input:checked")).isNotNull();
        browser.screenshot("search");

        WebElement first = browser.find(".hit-card .hit-link");
        String title = first.getText();
        browser.click(first);
        browser.waitReady();
        assertThat(browser.find("#record-title").getText()).isEqualTo(title);
        browser.waitFor(By.cssSelector("#matches .match, #matches .no-match"));
        browser.screenshot("achievement");
    }

    @Test
    @Order(2)
    void snippetsKeepOnlyTheirHighlightTags() {
        JsonNode created = api.post("/api/achievements", """
                {"title": "<img src=x onerror=alert(1)>焊缝<b>跟踪</b>激光传感器",
                 "description": "<script>document.title='x'</script>焊缝跟踪激光视觉传感器，用于机器人焊接。",
                 "owner": {"name": "天津大学", "kind": "高校"}, "techField": "先进制造与自动化", "maturity": "通过中试"}""",
                BrowserIdentity.apiHeaders(Account.UNIVERSITY)).json();
        assertThat(created.get("id").asString()).startsWith("ACH-");
        identity.signOut();
        browser.open("/?q=%E7%84%8A%E7%BC%9D%E8%B7%9F%E8%B8%AA%E6%BF%80%E5%85%89");
        WebElement hit = browser.waitFor(By.cssSelector(".hit-card[data-id='" + created.get("id").asString() + "']"));
        assertThat(hit.findElements(By.cssSelector("img, script, b"))).isEmpty();
        assertThat(hit.findElements(By.cssSelector("em.hit"))).isNotEmpty();
        assertThat(hit.getText()).contains("<img src=x onerror=alert(1)>").contains("<script>");
    }

    @Test
    @Order(3)
    void aLongChineseTitleWrapsOnADesktopAndOnAPhone() {
        String title = "面向大型桥梁钢箱梁与重型厂房钢结构多工位龙门焊接生产线的焊缝表面气孔咬边裂纹未熔合缺陷三维轮廓与彩色纹理融合"
                + "在线视觉检测余高宽度错边几何量测量质量追溯档案自动生成及夜班无人值守智能预警一体化系统";
        JsonNode created = api.post("/api/achievements", ApiClient.json(Map.of("title", title,
                "description", "线激光三维轮廓扫描与面阵彩色成像同步采集焊缝表面。", "owner", Map.of("name", "天津大学", "kind", "高校"),
                "techField", "先进制造与自动化", "maturity", "通过中试")), BrowserIdentity.apiHeaders(Account.UNIVERSITY)).json();
        String id = created.get("id").asString();
        identity.signOut();
        try {
            for (int width : new int[] {1280, 390}) {
                browser.resize(width, 844);
                browser.open("/achievement.html?id=" + id);
                assertThat(browser.find("#record-title").getText()).isEqualTo(title);
                assertThat(browser.horizontalOverflow()).as("page wider than a %d px window", width).isZero();
                browser.open("/?q=" + java.net.URLEncoder.encode("焊缝表面气孔咬边", StandardCharsets.UTF_8));
                browser.waitFor(By.cssSelector(".hit-card[data-id='" + id + "']"));
                assertThat(browser.horizontalOverflow()).as("search wider than a %d px window", width).isZero();
            }
            browser.open("/achievement.html?id=" + id);
            browser.screenshot("achievement-phone");
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    @Order(4)
    void submitADemandFixTheFieldTheServerRefusesAndSeeItsMatches() {
        identity.signInAs(Account.ENTERPRISE);
        browser.open("/demand-new.html");
        assertThat(browser.find("#current-user").getAttribute("data-role")).isEqualTo("ENTERPRISE");
        browser.type(browser.find("#title"), "钢结构焊缝表面缺陷机器视觉在线检测");
        browser.type(browser.find("#description"), "公司生产桥梁钢箱梁和H型钢，焊后外观检验靠人工目视，夜班漏检多。"
                + "希望引进机器视觉在线检测系统，自动识别气孔、咬边、裂纹等焊缝表面缺陷，并测量余高和宽度，结果可追溯。");
        browser.type(browser.find("#indicators"), "检测速度：≥ 1 m/min\n缺陷检出率：≥ 95%");
        new Select(browser.find("#techField")).selectByVisibleText("电子信息");
        new Select(browser.find("#expectedMaturity")).selectByVisibleText("通过中试");
        browser.find("#cooperationModes input[value='合作开发']").click();
        browser.type(browser.find("[name='budget.minWan']"), "80");
        browser.type(browser.find("[name='budget.maxWan']"), "150");
        browser.type(browser.find("#person"), "张工");
        browser.type(browser.find("#email"), "zhanggong@");
        // live preview of the best matches before saving
        browser.waitFor(By.cssSelector("#preview .match"));
        assertThat(browser.all("#preview .match h3").getFirst().getText()).contains("焊缝");

        long before = demandsStored();
        browser.find("#save").click();
        WebElement message = browser.waitFor(By.cssSelector(".field-error[data-for='contact.email']"));
        assertThat(message.getText()).contains("电子邮箱格式不正确");
        assertThat(browser.find("#email").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(".form-summary").getText()).contains("1 处需要修改");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/demand-new.html");
        assertThat(demandsStored()).isEqualTo(before);
        browser.screenshot("demand-new");

        browser.type(browser.find("#email"), "zhanggong@example.com");
        assertThat(browser.all(".field-error[data-for='contact.email']")).as("fixed: its message goes").isEmpty();
        assertThat(browser.find("#email").getAttribute("aria-invalid")).isNull();
        browser.find("#save").click();
        browser.waitUntil(ExpectedConditions.urlContains("/demand.html?id=DEM-"));
        browser.waitReady();
        assertThat(browser.find("#record-title").getText()).isEqualTo("钢结构焊缝表面缺陷机器视觉在线检测");
        assertThat(demandsStored()).isEqualTo(before + 1);
        List<WebElement> matches = browser.all("#matches .match");
        assertThat(matches).isNotEmpty();
        assertThat(matches.getFirst().findElements(By.cssSelector(".side-query em.hit"))).isNotEmpty();
        assertThat(matches.getFirst().findElements(By.cssSelector(".side-candidate em.hit"))).isNotEmpty();
        assertThat(matches.getFirst().findElement(By.cssSelector(".score-bar")).getAttribute("aria-valuenow")).isNotBlank();
        browser.screenshot("demand");
    }

    @Test
    @Order(5)
    void aDemandNothingFitsSaysSo() {
        identity.signOut();
        // DEM-000134 (冬枣裂果) is one of the fixtures' unmatched demands
        browser.open("/demand.html?id=DEM-000134");
        assertThat(api.get("/api/demands/DEM-000134/matches", Map.of()).json().get("noGoodMatch").asBoolean()).isTrue();
        assertThat(browser.find("#matches .no-match").getText()).isEqualTo("暂无合适匹配");
        assertThat(browser.all("#matches .match")).isEmpty();
        browser.find("#matches button").click();
        browser.waitFor(By.cssSelector("#matches .match.weak"));
        browser.screenshot("demand-no-match");
    }

    @Test
    @Order(6)
    void aManagerCreatesADockingFromAMatchAndRecordsTheNextStep() {
        identity.signInAs(Account.MANAGER);
        browser.open("/demand.html?id=DEM-000001");
        WebElement firstMatch = browser.find("#matches .match");
        String achievementId = firstMatch.getAttribute("data-id");
        browser.click(firstMatch.findElement(By.cssSelector(".create-docking")));
        WebElement form = firstMatch.findElement(By.cssSelector(".docking-form"));
        browser.type(form.findElement(By.name("what")), "安排企业赴实验室考察样机");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/docking.html?id=DKG-"));
        browser.waitReady();
        String dockingId = browser.driver.getCurrentUrl().replaceAll(".*id=(DKG-\\d+).*", "$1");
        assertThat(browser.find("#docking-stage").getText()).isEqualTo("初步介绍");
        JsonNode stored = api.get("/api/dockings/" + dockingId, Map.of(), BrowserIdentity.apiHeaders(Account.MANAGER)).json();
        assertThat(stored.get("demandId").asString()).isEqualTo("DEM-000001");
        assertThat(stored.get("achievementId").asString()).isEqualTo(achievementId);
        assertThat(stored.get("source").asString()).isEqualTo("匹配推荐");

        new Select(browser.find("#step-stage")).selectByVisibleText("见面洽谈");
        browser.type(browser.find("#step-form [name=note]"), "双方在企业现场见面，确认检测指标与合作开发方式");
        browser.type(browser.find("#step-form [name='nextAction.what']"), "起草合作开发合同");
        browser.find("#save-step").click();
        browser.waitForText(By.id("docking-stage"), "见面洽谈");
        assertThat(browser.all("#steps li")).hasSize(2);
        browser.screenshot("docking");

        browser.open("/workbench.html");
        assertThat(browser.find(".column[data-stage='见面洽谈']").getText()).contains(dockingId);
        JsonNode workbench = api.get("/api/dockings/workbench", Map.of(), BrowserIdentity.apiHeaders(Account.MANAGER)).json();
        assertThat(browser.find("#open-count").getText()).isEqualTo(String.valueOf(workbench.get("open").size()));
        assertThat(browser.find("#stalled-count").getText()).isEqualTo(String.valueOf(workbench.get("stalled").size()));
        browser.screenshot("workbench");
    }

    @Test
    @Order(7)
    void aChallengeRunsFromApplicationToAwardAndItsFirstMilestone() {
        identity.signInAs(Account.UNIVERSITY);
        browser.open("/challenges.html");
        browser.screenshot("challenges");
        browser.click(browser.find(".challenge-card[data-id='CHL-000002'] .challenge-link"));
        browser.waitReady();
        WebElement form = browser.find("#application-form");
        browser.type(form.findElement(By.name("title")), "基于声-气-热多信号融合的储能舱热失控预警");
        browser.type(form.findElement(By.name("approach")), "融合声发射、特征气体与温度场信号，构建热失控前兆识别模型，预警提前量 ≥ 8 分钟。");
        browser.type(form.findElement(By.name("achievementIds")), "ACH-000213");
        new Select(form.findElement(By.name("maturity"))).selectByVisibleText("通过中试");
        browser.type(form.findElement(By.name("priceWan")), "240");
        browser.type(form.findElement(By.name("schedule")), "5 个月完成样机，11 个月完成示范");
        browser.click(browser.find("#apply"));
        browser.waitForText(By.cssSelector(".notice.success"), "揭榜申报已提交");
        String applicationId = browser.find("#applications .application").getAttribute("data-id");
        String applicant = browser.find("#applications .application .badge.blue").getText();

        identity.signInAs(Account.OFFICIAL);
        browser.open("/challenge.html?id=CHL-000002");
        browser.find(".move-form[data-move=close] button").click();
        browser.waitForText(By.id("challenge-status"), "评审中");

        identity.signInAs(Account.REVIEWER);
        browser.open("/challenge.html?id=CHL-000002");
        WebElement mine = browser.find(".application[data-id='" + applicationId + "']");
        String[] scores = {"90", "88", "85", "80"};
        List<WebElement> inputs = mine.findElements(By.cssSelector(".review-form input[type=number]"));
        for (int i = 0; i < inputs.size(); i++) {
            browser.type(inputs.get(i), scores[i]);
        }
        browser.type(mine.findElement(By.name("comment")), "方案可行，团队有中试经验");
        browser.click(mine.findElement(By.cssSelector(".review-form button")));
        browser.waitForText(By.cssSelector(".notice.success"), "已提交");
        assertThat(browser.find(".application[data-id='" + applicationId + "'] table.reviews").getText()).contains("86.4");

        identity.signInAs(Account.OFFICIAL);
        browser.open("/challenge.html?id=CHL-000002");
        WebElement award = browser.find(".application[data-id='" + applicationId + "'] .award-form");
        browser.type(award.findElement(By.name("reason")), "综合评分第一");
        browser.click(award.findElement(By.cssSelector("button")));
        browser.waitForText(By.id("challenge-status"), "已立项");
        JsonNode challenge = api.get("/api/challenges/CHL-000002", Map.of()).json();
        assertThat(challenge.get("status").asString()).isEqualTo("已立项");
        assertThat(challenge.get("awardedApplicationId").asString()).isEqualTo(applicationId);
        browser.screenshot("challenge-review");

        browser.find(".move-form[data-move=start] button").click();
        browser.waitForText(By.id("challenge-status"), "里程碑执行");
        identity.signInAs(Account.UNIVERSITY);
        browser.open("/challenge.html?id=CHL-000002");
        assertThat(api.get("/api/challenges/CHL-000002", Map.of()).json().get("awardee").asString()).isEqualTo(applicant);
        WebElement evidence = browser.find(".milestone[data-n='1'] .evidence-form");
        browser.type(evidence.findElement(By.name("text")), "单舱热失控触发试验报告：预警提前 9 分钟");
        evidence.findElement(By.cssSelector("button")).click();
        browser.waitForText(By.cssSelector(".milestone[data-n='1'] .milestone-status"), "已提交");

        identity.signInAs(Account.OFFICIAL);
        browser.open("/challenge.html?id=CHL-000002");
        WebElement review = browser.find(".milestone[data-n='1'] .milestone-review-form");
        new Select(review.findElement(By.name("outcome"))).selectByVisibleText("通过");
        review.findElement(By.cssSelector("button")).click();
        browser.waitForText(By.cssSelector(".milestone[data-n='1'] .milestone-status"), "通过");
        assertThat(browser.find(".milestone[data-n='1']").getText()).contains("已拨付 40 万元");
        browser.screenshot("challenge");
    }

    @Test
    @Order(8)
    void theDashboardDrawsItsChartsWithTheApisFigures() {
        identity.signInAs(Account.OFFICIAL);
        browser.open("/dashboard.html");
        String district = new Select(browser.find("#district")).getFirstSelectedOption().getAttribute("value");
        JsonNode overview = api.get("/api/stats/overview", Map.of("district", district),
                BrowserIdentity.apiHeaders(Account.OFFICIAL)).json();
        for (String chart : List.of("funnel", "months", "fields", "chains", "unmet", "challenges")) {
            assertThat(browser.all("#chart-" + chart + " canvas")).as(chart).isNotEmpty();
        }
        assertThat(browser.find("#stat-achievements").getText()).isEqualTo(overview.get("achievements").get("total").asString());
        assertThat(browser.find("#stat-demands").getText()).isEqualTo(overview.get("demands").get("total").asString());
        assertThat(browser.find("#stat-dockings").getText()).isEqualTo(overview.get("dockings").asString());
        assertThat(browser.find("#stat-contracts").getText()).isEqualTo(overview.get("contracts").get("count").asString());
        assertThat(number(browser.find("#stat-contract-value").getText()))
                .isEqualTo(overview.get("contracts").get("valueWan").asDouble());
        JsonNode funnel = overview.get("funnel");
        for (String step : List.of("demands", "matched", "interested", "docked", "contracted")) {
            assertThat(browser.find("#funnel-table [data-step=" + step + "]").getText()).isEqualTo(funnel.get(step).asString());
        }
        // the funnel chart holds the same five numbers
        Object drawn = browser.script("return echarts.getInstanceByDom(document.getElementById('chart-funnel'))"
                + ".getOption().series[0].data.map(d => d.value).join(',');");
        assertThat(drawn).isEqualTo(funnel.get("demands").asLong() + "," + funnel.get("matched").asLong() + ","
                + funnel.get("interested").asLong() + "," + funnel.get("docked").asLong() + "," + funnel.get("contracted").asLong());
        browser.screenshot("dashboard");
    }

    @Test
    @Order(9)
    void anImportShowsItsProgressAndTheRowsItRejected() throws IOException {
        identity.signInAs(Account.MANAGER);
        // an ASCII file name: chromedriver is handed the path through the process locale
        Path csv = Files.createTempFile("achievements-import-", ".csv");
        Files.writeString(csv, """
                成果名称,成果简介,持有单位,单位类型,技术领域,成熟度
                高温超导带材连续化制备技术,采用金属有机沉积法连续制备第二代高温超导带材，临界电流 ≥ 500 A/cm。,天津大学,高校,新材料,通过中试
                低成本钠离子电池硬碳负极,以生物质为前驱体制备硬碳负极，首效 ≥ 90%。,南开大学,高校,新能源与节能,量子阶段
                """, StandardCharsets.UTF_8);
        browser.open("/import.html");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.find("#upload").click();
        browser.waitFor(By.cssSelector("#report-table"));
        assertThat(browser.find("#import-progress span").getAttribute("style")).contains("100%");
        assertThat(browser.find("[data-counter=read]").getText()).isEqualTo("2");
        assertThat(browser.find("[data-counter=accepted]").getText()).isEqualTo("1");
        assertThat(browser.find("[data-counter=rejected]").getText()).isEqualTo("1");
        WebElement rejected = browser.find("#report-table tr.rejected");
        assertThat(rejected.getText()).contains("3").contains("量子阶段");
        browser.screenshot("import");
        Files.deleteIfExists(csv);
    }

    @Test
    @Order(10)
    void theRemainingPagesRender() {
        identity.signInAs(Account.UNIVERSITY);
        browser.open("/achievement-new.html");
        browser.type(browser.find("#title"), "焊缝跟踪激光视觉传感器");
        browser.type(browser.find("#keywords"), "焊缝跟踪、机器人焊接");
        browser.waitFor(By.cssSelector("#preview .item"));
        browser.screenshot("achievement-new");

        String expertId = api.get("/api/experts", Map.of("q", "焊接", "size", "1")).json().get("items").get(0)
                .get("record").get("id").asString();
        browser.open("/expert.html?id=" + expertId);
        JsonNode expert = api.get("/api/experts/" + expertId, Map.of()).json();
        assertThat(browser.find("#record-title").getText()).isEqualTo(expert.get("name").asString());
        assertThat(browser.all("#linked li")).hasSize(expert.get("achievementIds").size());
        browser.waitFor(By.cssSelector("#matches .match, #matches .no-match, #matches .notice"));
        browser.screenshot("expert");
    }

    @Test
    @Order(11)
    void anEnterpriseSeesOnlyItsMenuAndARefusedPageSaysWhyWithoutASpinner() {
        identity.signInAs(Account.ENTERPRISE);
        browser.open("/");
        List<String> menu = browser.all(".site-nav a").stream().map(WebElement::getText).toList();
        assertThat(menu).contains("检索", "企业出题", "发布成果", "揭榜挂帅").doesNotContain("对接工作台", "区域统计", "批量导入");

        browser.open("/workbench.html");
        WebElement refusal = browser.find("#refusal");
        assertThat(refusal.getText()).contains("对接工作台").contains("技术经理人").contains("企业用户");
        WebElement signIn = refusal.findElement(By.cssSelector("a[href^='/login']"));
        assertThat(signIn.getText()).isEqualTo("换个账号登录");
        assertThat(signIn.getAttribute("href")).as("back to this page after signing in").endsWith("?next=%2Fworkbench.html");
        assertThat(browser.find("#main").getText()).doesNotContain("加载中");
        assertThat(browser.all("#main .loading")).isEmpty();
        browser.screenshot("refused");
    }

    private long demandsStored() {
        return api.get("/api/demands", Map.of("status", "征集中,对接中,已解决,已关闭,草稿,已过期", "size", "1")).json()
                .get("total").asLong();
    }

    private static double number(String shown) {
        return Double.parseDouble(shown.replace(",", ""));
    }
}
