package org.techmatch.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The one place the browser tests decide who they are: the browser signs in through the {@code /login} form with
 * the demo accounts of the README (created on the first start that loads the fixtures), exactly as a person does;
 * direct API calls of the tests use HTTP Basic with the same accounts.
 */
final class BrowserIdentity {

    /** The demo accounts (README, Sign-in) and the organisation each belongs to. */
    enum Account {
        ENTERPRISE("enterprise", "Demo-Qiye-2026"),
        UNIVERSITY("university", "Demo-Gaoxiao-2026"),
        MANAGER("manager", "Demo-Jingliren-2026"),
        OFFICIAL("official", "Demo-Keji-2026"),
        REVIEWER("reviewer", "Demo-Pingshen-2026");

        final String username;
        final String password;

        Account(String username, String password) {
            this.username = username;
            this.password = password;
        }
    }

    private final Browser browser;

    BrowserIdentity(Browser browser) {
        this.browser = browser;
    }

    /** Signs out whoever was signed in, then signs in through the sign-in page and waits to be sent on. */
    void signInAs(Account account) {
        signOut();
        browser.driver.get(browser.base + "/login");
        browser.waitFor(By.name("username")).sendKeys(account.username);
        browser.driver.findElement(By.name("password")).sendKeys(account.password);
        browser.driver.findElement(By.cssSelector("form [type=submit]")).click();
        browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Back to an anonymous visitor: the session cookie is dropped. */
    void signOut() {
        browser.driver.get(browser.base + "/css/app.css");
        browser.driver.manage().deleteAllCookies();
    }

    /** Headers for a direct API call as this account. */
    static String[] apiHeaders(Account account) {
        String basic = Base64.getEncoder().encodeToString((account.username + ":" + account.password)
                .getBytes(StandardCharsets.UTF_8));
        return new String[] {"Authorization", "Basic " + basic};
    }
}
