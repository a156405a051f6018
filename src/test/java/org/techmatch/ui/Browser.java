package org.techmatch.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through Debian's chromedriver. Both paths are given explicitly, so Selenium
 * Manager is never consulted and nothing is downloaded (surefire also sets SE_OFFLINE=true for it).
 * Paths can be overridden with -Dtechmatch.browser.chromium=… and -Dtechmatch.browser.chromedriver=….
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

    final ChromeDriver driver;
    final String base;

    Browser(int port) {
        String chromium = System.getProperty("techmatch.browser.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("techmatch.browser.chromedriver", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver at " + chromium
                    + " and " + chromedriver + ": apt-get install chromium chromium-driver fonts-wqy-microhei"
                    + " (mvn test runs src/test/scripts/ensure-chromium.sh to do it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--lang=zh-CN", "--window-size=" + WIDTH + "," + HEIGHT,
                "--disable-features=Translate,MediaRouter", "--no-first-run", "--no-default-browser-check");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // Date inputs follow the process locale, not --lang: give the browser a Chinese one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort()
                .withEnvironment(Map.of("LANG", "zh_CN.UTF-8", "LANGUAGE", "zh_CN:zh")).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        this.base = "http://127.0.0.1:" + port;
    }

    /** Opens a page and waits until its script has rendered it (body[data-ready]). */
    void open(String path) {
        driver.get(base + path);
        waitReady();
    }

    void waitReady() {
        waitFor(By.cssSelector("body[data-ready='true']"));
    }

    WebElement waitFor(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitForPresent(By by) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
    }

    <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        // A condition that reads an element the page redraws meanwhile meets a stale reference; asking again is
        // the answer, as it is for an element not drawn yet.
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    void waitForText(By by, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Replaces a field's content (clear() does not fire input events, typing does). */
    void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A screenshot of the whole page (beyond the window, through the DevTools protocol): target/screenshots/NAME.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            script("window.scrollTo(0, 0);");
            Thread.sleep(300); // let charts finish drawing and the page settle at the top
            Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width(),
                            "height", Math.min(height.intValue(), 12000), "scale", 1)));
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** The page's width in CSS pixels. */
    int width() {
        return ((Number) script("return window.innerWidth;")).intValue();
    }

    /** How many CSS pixels the page is wider than its window (0 when nothing overflows sideways). */
    long horizontalOverflow() {
        return ((Number) script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);")).longValue();
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
