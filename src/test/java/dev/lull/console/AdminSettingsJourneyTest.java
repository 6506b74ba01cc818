package dev.lull.console;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** The administration pages in headless Chromium, with axe-core on each page and their screenshots. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdminSettingsJourneyTest {
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void browser() {
        if (browser == null) {
            browser = Browser.open(base);
        }
        browser.driver.manage().deleteAllCookies();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void a_change_manager_adds_a_weekly_blackout_and_sees_its_coming_weeks() {
        String host = Api.host("jw", Api.cluster("jwc", 0));
        Instant start = Api.plusDays(Api.now(), 1).truncatedTo(ChronoUnit.HOURS);
        browser.signIn("manager");
        browser.go("/admin/blackouts");
        browser.find("#b-name").sendKeys("weekly backup");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('b-start').value = arguments[0];"
                + "document.getElementById('b-end').value = arguments[1];", Forms.local(start, ZoneOffset.UTC),
                Forms.local(start.plus(Duration.ofHours(4)), ZoneOffset.UTC));
        new Select(browser.find("#b-hosts")).selectByValue(host);
        new Select(browser.find("#b-repeat")).selectByValue("CUSTOM");
        browser.find("#b-rrule").sendKeys("FREQ=MINUTELY");
        browser.find("#b-reason").sendKeys("the backup runs long");
        browser.press("Add the blackout");
        assertThat(browser.find(".field-error").getText()).contains("must not repeat more often than HOURLY");
        assertThat(browser.find("#b-name").getAttribute("value")).isEqualTo("weekly backup");
        new Select(browser.find("#b-repeat")).selectByValue("WEEKLY");
        browser.find("#b-rrule").clear();
        browser.accessible();
        browser.press("Add the blackout");
        assertThat(browser.text()).contains("Added blackout weekly backup", "FREQ=WEEKLY");
        assertThat(browser.all("table")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.all("table").get(1).getText().split("weekly backup", -1))
                .as("five weekly occurrences in the next 35 days").hasSize(6);
        browser.accessible();
        browser.screenshot("admin-blackouts");
    }

    @Test
    void an_admin_adds_an_owner_to_a_role_and_sets_a_service_level() {
        String person = Api.unique("sam");
        as("admin").body(Map.of("displayName", "Sam Storage")).put("/api/v1/people/{u}", person).then()
                .statusCode(200);
        String role = Api.role("jr", "dba");
        browser.signIn("admin");
        browser.go("/admin/roles");
        browser.click(browser.find("a[aria-label='Edit " + role + "']"));
        browser.find("#r-owner").sendKeys(person);
        browser.press("Add the owner");
        assertThat(browser.text()).contains("Added " + person + " as an owner of " + role);
        assertThat(browser.find("table.owners").getText()).contains("dba", person);
        browser.accessible();
        browser.screenshot("admin-roles");
        String cluster = Api.cluster("jsl", 0);
        browser.go("/admin/service-levels");
        new Select(browser.find("#s-target")).selectByValue("cluster/" + cluster);
        browser.find("#s-avail").sendKeys("99.9");
        browser.press("Set the service level");
        assertThat(browser.find(".field-error").getText()).contains("must be less than 1");
        browser.find("#s-avail").clear();
        browser.find("#s-avail").sendKeys("0.999");
        browser.find("#s-period").sendKeys("P4W");
        browser.press("Set the service level");
        assertThat(browser.text()).contains("Set the service level of cluster " + cluster, "99.9 %", "28 days");
        browser.accessible();
        browser.screenshot("admin-service-levels");
        browser.click(browser.find("a[aria-label='Remove the service level of " + cluster + "…']"));
        browser.accessible();
        browser.press("Remove the service level of " + cluster);
        assertThat(browser.text()).contains("Removed the service level of cluster " + cluster);
    }

    @Test
    void an_admin_adds_a_webhook_reads_its_secret_once_and_sees_its_deliveries() {
        String url = "https://hooks.example.com/" + Api.unique("journey");
        browser.signIn("admin");
        browser.go("/admin/webhooks");
        browser.find("#w-url").sendKeys(url);
        browser.driver.findElement(By.cssSelector("input[name=events][value='change.submitted']")).click();
        browser.press("Add the webhook");
        assertThat(browser.find("#w-secret-shown").getAttribute("value")).startsWith("whsec_");
        browser.accessible();
        browser.screenshot("admin-webhooks");
        int change = ConsoleJourneyTest.change(Api.host("jh", Api.cluster("jhc", 0)), Api.role("jhr", "dba"));
        ConsoleJourneyTest.submit(change);
        browser.click(browser.driver.findElement(By.linkText("See its deliveries")));
        assertThat(browser.find("table.deliveries").getText()).contains("change.submitted", "PENDING");
        assertThat(browser.text()).contains("Page 1 of 1, 1 deliveries");
        browser.accessible();
        browser.screenshot("admin-webhook-deliveries");
        browser.go("/admin/webhooks");
        assertThat(browser.text()).contains(url);
        assertThat(browser.all("#w-secret-shown")).as("the secret is shown only once").isEmpty();
    }
}
