package dev.lull.console;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** Administration and feeds in headless Chromium: edit and delete hosts, subscribe to one's changes; axe-core on each page. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdminJourneyTest {
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
    void an_admin_edits_a_host_s_zone_then_deletes_a_host_after_confirming() {
        String cluster = Api.cluster("adm", 1);
        String kept = Api.host("mx", cluster);
        String doomed = Api.host("mx", cluster);
        browser.signIn("admin");
        browser.go("/admin");
        browser.accessible();
        browser.screenshot("admin");
        browser.click(browser.find("main a[href='/admin/hosts']"));
        browser.find("#f-name").sendKeys("mx");
        new Select(browser.find("#f-cluster")).selectByValue(cluster);
        browser.press("Filter");
        assertThat(browser.text()).contains(kept, doomed, "1–2 of 2");
        browser.accessible();
        browser.screenshot("admin-hosts");
        browser.go("/admin/hosts/" + kept);
        browser.find("#edit-zone").clear();
        browser.find("#edit-zone").sendKeys("Mars/Base");
        browser.press("Save host " + kept);
        assertThat(browser.find(".field-error").getText()).isNotBlank();
        browser.accessible();
        browser.find("#edit-zone").clear();
        browser.find("#edit-zone").sendKeys("America/Chicago");
        browser.press("Save host " + kept);
        assertThat(browser.find(".notice").getText()).contains("Saved host " + kept);
        as("viewer").get("/api/v1/hosts/{name}", kept).then().body("timeZone",
                org.hamcrest.Matchers.equalTo("America/Chicago"));
        browser.go("/admin/hosts?name=" + doomed);
        browser.click(browser.driver.findElement(By.partialLinkText("Delete")));
        assertThat(browser.find("h1").getText()).isEqualTo("Delete host " + doomed + "?");
        browser.accessible();
        browser.press("Delete host " + doomed);
        assertThat(browser.find(".notice").getText()).contains("Deleted host " + doomed);
        as("viewer").get("/api/v1/hosts/{name}", doomed).then().statusCode(404);
        as("admin").header("If-Match", "*").body(java.util.Map.of("displayName", "Ada Admin"))
                .put("/api/v1/people/{u}", "admin").then().statusCode(200);
        for (String page : new String[]{"/admin/clusters", "/admin/clusters/" + cluster, "/admin/people",
                "/admin/people/admin"}) {
            browser.go(page);
            browser.accessible();
        }
    }

    @Test
    void an_approver_subscribes_to_my_changes_and_sees_the_address_to_copy() {
        String role = Api.role("apr", "dba");
        ConsoleJourneyTest.submit(ConsoleJourneyTest.change(ConsoleJourneyTest.host(), role));
        browser.signIn("dba");
        browser.go("/me");
        browser.press("Subscribe to my changes");
        String webcal = browser.find("#feed-webcal").getAttribute("value");
        assertThat(webcal).startsWith("webcal://").endsWith(".ics");
        assertThat(browser.find("#feed-web").getAttribute("value")).startsWith("http").endsWith(".ics");
        assertThat(browser.text()).contains("Subscribed: Lull: person dba", "shown only now");
        browser.find("button.copy").click();
        assertThat(browser.find("#copy-hint").getText()).isNotBlank();
        browser.accessible();
        browser.screenshot("my-work");
        browser.go("/me");
        assertThat(browser.text()).contains("Lull: person dba").doesNotContain(webcal);
    }
}
