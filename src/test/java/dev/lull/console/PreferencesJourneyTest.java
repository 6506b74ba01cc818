package dev.lull.console;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A person sets their mail preferences in headless Chromium, with axe-core on the page and its screenshot. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PreferencesJourneyTest {
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
    void a_viewer_fixes_a_bad_address_and_zone_then_chooses_the_daily_digest() {
        browser.signIn("viewer");
        browser.go("/me");
        browser.click(browser.driver.findElement(By.linkText("Your preferences")));
        browser.accessible();
        browser.find("#prefs-display").clear();
        browser.find("#prefs-display").sendKeys("Vera Viewer");
        browser.find("#prefs-email").clear();
        browser.find("#prefs-email").sendKeys("vera at example");
        browser.find("#prefs-zone").clear();
        browser.find("#prefs-zone").sendKeys("Mars/Olympus");
        browser.find("input[name=cadence][value=DIGEST]").click();
        browser.press("Save your preferences");
        assertThat(browser.text()).contains("Some fields need fixing", "must be a well-formed email address");
        assertThat(browser.all(".field-error")).hasSize(2);
        assertThat(browser.find("#prefs-display").getAttribute("value")).isEqualTo("Vera Viewer");
        assertThat(browser.find("input[name=cadence][value=DIGEST]").isSelected()).as("the choice is kept").isTrue();
        browser.accessible();
        browser.screenshot("preferences-refused");
        browser.find("#prefs-email").clear();
        browser.find("#prefs-email").sendKeys("vera@example.org");
        browser.find("#prefs-zone").clear();
        browser.find("#prefs-zone").sendKeys("America/New_York");
        browser.find("input[name=events][value='change.closed']").click();
        browser.press("Save your preferences");
        assertThat(browser.text()).contains("Saved your preferences");
        assertThat(browser.find("#prefs-zone").getAttribute("value")).isEqualTo("America/New_York");
        assertThat(browser.find("input[name=events][value='change.closed']").isSelected()).isFalse();
        browser.accessible();
        browser.screenshot("preferences");
        as("viewer").get("/api/v1/me/preferences").then().statusCode(200).body("cadence", equalTo("DIGEST"),
                "timeZone", equalTo("America/New_York"));
        as("viewer").get("/api/v1/me").then().body("email", equalTo("vera@example.org"));
    }
}
