package dev.lull.console;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

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

/** A requester reads a cluster and one of its hosts, asks for the rolling plan, books it and finds the changes. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClusterJourneyTest {
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
    void a_requester_requests_the_rolling_plan_of_a_cluster_books_it_and_sees_the_changes() {
        String cluster = Api.cluster("mbox", 2);
        List<String> hosts = List.of(Api.host("mb", cluster, "Europe/Paris", 3000.0),
                Api.host("mb", cluster, "Europe/Paris", 3000.0), Api.host("mb", cluster, "Europe/Paris", 2000.0));
        hosts.forEach(ConsoleJourneyTest::load);
        as("admin").body(Map.of("availabilityTarget", 0.99, "periodLength", "P30D"))
                .put("/api/v1/clusters/{name}/sla", cluster).then().statusCode(201);
        String role = Api.role("mbr", "dba");
        browser.signIn("requester");

        browser.go("/hosts/" + hosts.get(0));
        assertThat(browser.find("#load-summary").getText()).contains("peak", "quietest");
        assertThat(browser.find("#budget").getText()).contains("No service level");
        browser.accessible();
        browser.screenshot("host");

        browser.go("/clusters/" + cluster);
        assertThat(browser.find("#budget").getText()).contains("Target 99 % over 30 days");
        assertThat(browser.find("#hosts-down").getText()).contains(hosts.get(2), "yes");
        browser.accessible();
        browser.screenshot("cluster");
        new Select(browser.find("#p-role")).selectByValue(role);
        browser.find("#p-title").clear();
        browser.find("#p-title").sendKeys("Kernel update");
        browser.press("Request the rolling plan");
        assertThat(browser.find("#h-windows").getText()).contains("3 windows, one per host");
        assertThat(browser.find("#plan-windows").getText()).contains(hosts.get(0), hosts.get(1), hosts.get(2),
                "Europe/Paris", "cluster " + cluster + ": uses 0 min of its budget");
        browser.accessible();
        browser.screenshot("rolling-plan");
        browser.press("Book these 3 changes and submit them");
        assertThat(browser.text()).contains("3 changes were booked from plan");
        assertThat(browser.find("#booked").getText()).contains("Kernel update: " + hosts.get(0), "ASSESS");
        browser.accessible();
        browser.click(browser.driver.findElement(By.partialLinkText("Kernel update: " + hosts.get(1))));
        assertThat(browser.find("h1").getText()).contains("Kernel update: " + hosts.get(1), "ASSESS");
    }
}
