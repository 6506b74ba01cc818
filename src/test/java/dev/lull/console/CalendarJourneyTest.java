package dev.lull.console;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

/** The calendar's month view, its person filter, and a refused reschedule's conflicts, in headless Chromium. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarJourneyTest {
    static final Instant T0 = Api.now();
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
    void a_requester_reads_the_month_filters_it_by_a_person_and_sees_why_a_reschedule_is_refused() {
        String cluster = Api.cluster("jc", 0);
        String host = Api.host("jweb", cluster);
        String olga = Api.unique("olga");
        as("admin").body(Map.of("displayName", "Olga Owner", "email", "olga@example.org"))
                .put("/api/v1/people/{username}", olga).then().statusCode(200);
        String hers = Api.role("jr", "dba", olga);
        String others = Api.role("jo", "dba");
        Instant day3 = Api.plusDays(T0, 3).truncatedTo(ChronoUnit.HOURS);
        ConsoleJourneyTest.load(host);
        int booked = CalendarPagesTest.change(host, day3, hers, "NORMAL");
        CalendarPagesTest.book(booked, hers);
        int moved = CalendarPagesTest.change(host, day3.plus(Duration.ofHours(5)), hers, "NORMAL");
        CalendarPagesTest.book(moved, hers);
        int notHers = CalendarPagesTest.change(host, day3.plus(Duration.ofHours(9)), others, "NORMAL");
        as("manager").body(Map.of("name", "month-end freeze", "start", day3.plus(Duration.ofDays(1)).toString(),
                "end", day3.plus(Duration.ofDays(2)).toString(), "timeZone", "UTC", "clusters", List.of(cluster),
                "reason", "finance closes the month")).post("/api/v1/blackouts").then().statusCode(201);

        browser.signIn("requester");
        browser.go("/?zone=UTC&host=" + host + "&week=" + day3.atZone(ZoneOffset.UTC).toLocalDate());
        browser.click(browser.driver.findElement(By.linkText("Month view")));
        YearMonth month = YearMonth.from(day3.atZone(ZoneOffset.UTC));
        assertThat(browser.path()).contains("view=month", "month=" + month, "host=" + host);
        assertThat(browser.all("a.mev[href='/changes/" + notHers + "']")).isNotEmpty();
        new Select(browser.find("#person")).selectByValue(olga);
        browser.press("Show");
        assertThat(browser.path()).contains("person=" + olga, "view=month");
        assertThat(browser.find("a.mev[href='/changes/" + booked + "']").getText()).contains("SCHEDULED");
        assertThat(browser.all("a.mev[href='/changes/" + notHers + "']")).isEmpty();
        assertThat(browser.find("td.today").getText()).contains("today");
        assertThat(browser.text()).contains("Changes that involve " + olga);
        browser.accessible();
        browser.screenshot("calendar-month");

        browser.go("/changes/" + moved);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("document.getElementById('r-start').value = arguments[0];"
                + "document.getElementById('r-end').value = arguments[1];",
                Forms.local(day3.plus(Duration.ofHours(1)), ZoneOffset.UTC),
                Forms.local(day3.plus(Duration.ofHours(3)), ZoneOffset.UTC));
        browser.find("#c-resched").sendKeys("earlier, please");
        browser.press("Reschedule");
        assertThat(browser.find(".error").getText()).contains("conflict");
        assertThat(browser.find("#h-conflicts").getText()).isEqualTo("Why the new window was refused");
        assertThat(browser.find("table.conflicts").getText()).contains("Other change", "change " + booked);
        browser.accessible();
        browser.screenshot("change-conflicts");
        browser.click(browser.find("table.conflicts a[href='/changes/" + booked + "']"));
        assertThat(browser.find("h1").getText()).contains("SCHEDULED");
    }
}
