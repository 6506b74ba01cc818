package dev.lull.console;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/**
 * Keeping the settings up in headless Chromium: deleting a role (refused while in use), editing, pausing and
 * redelivering a webhook, setting a cluster's owning team; axe-core on each page and their screenshots.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdminUpkeepJourneyTest {
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

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
    void an_admin_is_told_what_still_uses_a_role_and_deletes_an_unused_one() {
        String used = Api.role("jused", "dba");
        String cluster = Api.cluster("jroc", 0);
        as("manager").body(Map.of("role", used)).put("/api/v1/clusters/{name}/owner", cluster).then().statusCode(201);
        String unused = Api.role("jgone");
        browser.signIn("admin");
        browser.go("/admin/roles");
        browser.click(browser.find("a[aria-label='Delete " + used + "…']"));
        browser.accessible();
        browser.press("Delete role " + used);
        assertThat(browser.find(".error").getText())
                .contains("approval role " + used + " is still used by the owning team of cluster " + cluster);
        browser.accessible();
        browser.screenshot("admin-role-delete-refused");
        browser.go("/admin/roles");
        browser.click(browser.find("a[aria-label='Delete " + unused + "…']"));
        browser.press("Delete role " + unused);
        assertThat(browser.text()).contains("Deleted role " + unused).doesNotContain("Team " + unused);
    }

    @Test
    void an_admin_edits_a_webhook_pauses_it_and_sends_a_failed_delivery_again() throws SQLException {
        String url = "https://hooks.example.com/" + Api.unique("jedit");
        int id = as("admin").body(Map.of("url", url, "events", List.of("change.submitted")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        ConsoleJourneyTest.submit(ConsoleJourneyTest.change(Api.host("jwe", Api.cluster("jwec", 0)),
                Api.role("jwer", "dba")));
        try (var connection = dataSource.getConnection();
                var failed = connection.prepareStatement("update webhook_delivery set status = 'FAILED', attempts = 8, "
                        + "last_status_code = 503, last_error = 'receiver answered 503', next_attempt_at = null "
                        + "where webhook_id = ?")) {
            failed.setLong(1, id);
            assertThat(failed.executeUpdate()).isEqualTo(1);
        }
        browser.signIn("admin");
        browser.go("/admin/webhooks");
        browser.click(browser.find("a[href='/admin/webhooks/" + id + "']"));
        browser.find("#e-url").clear();
        browser.find("#e-url").sendKeys("hooks.example.com/no-scheme");
        browser.press("Save the webhook");
        assertThat(browser.find(".field-error").getText()).contains("must be an absolute http or https URL");
        browser.find("#e-url").clear();
        browser.find("#e-url").sendKeys(url + "/v2");
        browser.press("Save the webhook");
        assertThat(browser.text()).contains("Saved the webhook", "Webhook to " + url + "/v2");
        browser.press("Pause the webhook");
        assertThat(browser.text()).contains("PAUSED.", "pending deliveries wait");
        browser.press("Send again delivery " + failedDelivery(id));
        assertThat(browser.text()).contains("is sent again as delivery");
        assertThat(browser.all("form[action$='/redeliver']")).as("no second redelivery offered").isEmpty();
        assertThat(browser.find("table.deliveries").getText()).contains("PENDING", "FAILED", "HTTP 503");
        browser.accessible();
        browser.screenshot("admin-webhook-edit");
        browser.press("Resume the webhook");
        assertThat(browser.text()).contains("Resumed the webhook", "ACTIVE.");
    }

    @Test
    void a_change_manager_sets_a_clusters_owning_team_from_its_admin_page() {
        String cluster = Api.cluster("jteam", 0);
        String role = Api.role("jown", "dba");
        browser.signIn("manager");
        browser.go("/admin/clusters/" + cluster);
        browser.find("#t-people").sendKeys("not a name");
        browser.press("Save the owning team");
        assertThat(browser.find(".field-error").getText()).contains("must be 1-100 characters");
        browser.find("#t-people").clear();
        browser.find("#t-people").sendKeys("infra");
        new Select(browser.find("#t-role")).selectByValue(role);
        browser.press("Save the owning team");
        assertThat(browser.text()).contains("Set the owning team of " + cluster,
                "approval role " + role + " and infra");
        browser.accessible();
        browser.screenshot("admin-cluster-team");
        as("viewer").get("/api/v1/clusters/{name}/owner", cluster).then().statusCode(200);
    }

    private long failedDelivery(int webhook) throws SQLException {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        "select id from webhook_delivery where webhook_id = ? and status = 'FAILED'")) {
            query.setLong(1, webhook);
            var rows = query.executeQuery();
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }
}
