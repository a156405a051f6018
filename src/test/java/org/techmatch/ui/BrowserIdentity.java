package org.techmatch.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.techmatch.web.ApiClient;

/**
 * The one place the browser tests decide who they are. Two ways, chosen by asking the server once:
 * <ul>
 *   <li>{@link Mode#FORM_SIGN_IN} when {@code GET /api/me} exists (the security branch is merged): the browser signs
 *   in through the {@code /login} form with the demo accounts of the README; API calls use HTTP Basic.</li>
 *   <li>{@link Mode#DEMO_HEADERS} before that: the page's demo identity (localStorage, sent by api.js as the
 *   X-TechMatch-Role / X-TechMatch-Org headers); API calls send the same headers.</li>
 * </ul>
 * Set -Dtechmatch.browser.identity=FORM_SIGN_IN or DEMO_HEADERS to force one.
 */
final class BrowserIdentity {
    enum Mode { FORM_SIGN_IN, DEMO_HEADERS }

    /** The demo accounts (COMMON.md / README) and, for header mode, the organisation each stands for. */
    enum Account {
        ENTERPRISE("enterprise", "Demo-Qiye-2026", "天津北辰华建重型钢构有限公司", "企业联系人"),
        UNIVERSITY("university", "Demo-Gaoxiao-2026", "天津大学", "天津大学科技处"),
        MANAGER("manager", "Demo-Jingliren-2026", "天津市技术转移中心", "王敏"),
        OFFICIAL("official", "Demo-Keji-2026", "滨海新区科学技术局", "滨海新区科技局"),
        REVIEWER("reviewer", "Demo-Pingshen-2026", "河北工业大学", "钱教授");

        final String username;
        final String password;
        final String organisation;
        final String displayName;

        Account(String username, String password, String organisation, String displayName) {
            this.username = username;
            this.password = password;
            this.organisation = organisation;
            this.displayName = displayName;
        }
    }

    private final Browser browser;
    final Mode mode;

    BrowserIdentity(Browser browser, ApiClient api) {
        this.browser = browser;
        String forced = System.getProperty("techmatch.browser.identity");
        this.mode = forced != null && !forced.isBlank() ? Mode.valueOf(forced.strip())
                : api.get("/api/me", Map.of()).status() == 404 ? Mode.DEMO_HEADERS : Mode.FORM_SIGN_IN;
    }

    void signInAs(Account account) {
        signOut();
        if (mode == Mode.DEMO_HEADERS) {
            browser.driver.get(browser.base + "/");
            browser.script("localStorage.setItem('techmatch.devIdentity', arguments[0]);",
                    "{\"role\":\"" + account.name() + "\",\"organisation\":\"" + account.organisation
                            + "\",\"displayName\":\"" + account.displayName + "\""
                            + (account == Account.OFFICIAL ? ",\"district\":\"滨海新区\"" : "") + "}");
        } else {
            browser.driver.get(browser.base + "/login");
            browser.waitFor(By.name("username")).sendKeys(account.username);
            browser.driver.findElement(By.name("password")).sendKeys(account.password);
            browser.driver.findElement(By.cssSelector("form [type=submit]")).click();
            browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        }
    }

    /** Back to an anonymous visitor. */
    void signOut() {
        browser.driver.get(browser.base + "/favicon.ico");
        browser.script("localStorage.clear();");
        browser.driver.manage().deleteAllCookies();
    }

    /** Headers for a direct API call as this account, in the same mode. */
    String[] apiHeaders(Account account) {
        if (mode == Mode.DEMO_HEADERS) {
            return new String[] {"X-TechMatch-Role", account.name(), "X-TechMatch-Org",
                    URLEncoder.encode(account.organisation, StandardCharsets.UTF_8)};
        }
        String basic = Base64.getEncoder().encodeToString((account.username + ":" + account.password)
                .getBytes(StandardCharsets.UTF_8));
        return new String[] {"Authorization", "Basic " + basic};
    }
}
