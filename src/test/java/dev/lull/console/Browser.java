package dev.lull.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the console journeys: the Debian browser and driver, never a download. With {@code CI=true}
 * a missing browser fails; elsewhere the journeys are skipped with a message. Runs axe-core (from its WebJar) on
 * pages and saves screenshots to {@code -Dlull.console.screenshots} (default target/console-screenshots).
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target).join(' | '))));
            """;

    final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base.toString().replaceAll("/$", "");
    }

    /** A fresh headless browser on the application at {@code base}, or the test is skipped (failed on CI). */
    static Browser open(URL base) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String why = "no " + CHROMIUM + " or " + DRIVER + " (Debian packages chromium and chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("console browser tests need a browser on CI: " + why);
            }
            Assumptions.abort("console browser tests skipped: " + why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver, base);
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text() {
        return find("body").getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    void signIn(String user) {
        go("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys("lull");
        click(find("form button[type=submit]"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    void signOut() {
        click(find("form.signout button"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login"));
    }

    /**
     * The text of the first element matching {@code css}, read in one script call, so that a part htmx swaps meanwhile
     * cannot turn stale between finding and reading it; empty when there is none.
     */
    String textOf(String css) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css));
    }

    /** Clicks the button of that text and waits for the page it leads to. */
    void press(String label) {
        click(driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")));
    }

    /** Clicks an element that leads to another page, and waits until the old page is gone. */
    void click(WebElement element) {
        WebElement page = find("html");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(page));
    }

    /**
     * Whether the element left the document. Chromium sometimes reports a node of the page just replaced as "does not
     * belong to the document" rather than as stale: that is gone too.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Runs axe-core on the page and asserts no serious or critical violation. */
    void accessible() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object violations = js.executeAsyncScript(RUN_AXE);
        assertThat((List<?>) violations).as("axe-core on " + path()).isEmpty();
    }

    /** Saves a PNG of the whole page under the screenshots folder. */
    void screenshot(String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1400, (int) Math.min(Math.max(height + 140, 700), 4000)));
        try {
            Path folder = Path.of(System.getProperty("lull.console.screenshots", "target/console-screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
