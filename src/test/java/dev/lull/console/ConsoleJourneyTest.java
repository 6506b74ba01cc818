package dev.lull.console;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** The console's journeys in headless Chromium, with axe-core on every page they pass and a screenshot of each. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConsoleJourneyTest {
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

    static String host() {
        return Api.host("web", Api.cluster("webc", 0));
    }

    /** A NORMAL change by requester on the host, window from day 3 for two hours, asking the role's approval. */
    static int change(String host, String role) {
        Instant start = Api.plusDays(T0, 3);
        return as("requester").body(Map.of("title", "Patch " + host, "type", "NORMAL", "hosts", List.of(host),
                "window", Map.of("start", start.toString(), "end", start.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "reboot", "role", role, "duration", "PT30M")),
                "requiredRoles", List.of(role), "risk", "LOW")).post("/api/v1/changes").then().statusCode(201)
                .extract().path("id");
    }

    /** Eight weeks of load on the host, busy by day and quiet by night in Paris, every 15 minutes. */
    static void load(String host) {
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        Instant end = T0.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        for (Instant at = end.minus(Duration.ofDays(56)); at.isBefore(end); at = at.plus(Duration.ofMinutes(15))) {
            int hour = at.atZone(java.time.ZoneId.of("Europe/Paris")).getHour();
            double day = Math.max(0, Math.sin(Math.PI * (hour - 6) / 16.0));
            csv.append(host).append(',').append(at).append(',').append(Math.round(40 + 900 * day)).append('\n');
        }
        Api.ingestCsv(csv.toString(), 200);
    }

    static void submit(int id) {
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
    }

    @Test
    void a_person_signs_in_sees_the_calendar_and_signs_out() {
        browser.go("/login");
        browser.accessible();
        browser.screenshot("login");
        browser.find("#username").sendKeys("viewer");
        browser.find("#password").sendKeys("wrong");
        browser.click(browser.find("form button[type=submit]"));
        assertThat(browser.text()).contains("Wrong username or password");
        browser.signIn("viewer");
        assertThat(browser.text()).contains("Week of", "Signed in as viewer");
        browser.accessible();
        browser.signOut();
        assertThat(browser.text()).contains("You are signed out");
        browser.go("/");
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void a_requester_books_a_proposed_window_and_submits_it() {
        String host = host();
        String role = Api.role("apr", "dba");
        load(host);
        browser.signIn("requester");
        browser.go("/hosts/" + host);
        assertThat(browser.text()).contains("Next quiet windows");
        browser.accessible();
        browser.screenshot("host");
        browser.click(browser.driver.findElement(By.linkText("Request a change in this window")));
        assertThat(new Select(browser.find("#hosts")).getAllSelectedOptions()).extracting(e -> e.getAttribute("value"))
                .containsExactly(host);
        assertThat(browser.find("#start").getAttribute("value")).isNotBlank();
        browser.click(browser.find("main button[type=submit]"));
        assertThat(browser.find(".error").getText()).contains("Some fields need fixing");
        assertThat(browser.find("#e-title").getText()).contains("must not be blank");
        browser.screenshot("change-form");
        browser.find("#title").sendKeys("Kernel update on " + host);
        browser.find("#st-0").sendKeys("reboot");
        new Select(browser.find("#sr-0")).selectByValue(role);
        browser.find("#sm-0").sendKeys("30");
        browser.driver.findElement(By.cssSelector("input[name=requiredRoles][value='" + role + "']")).click();
        browser.accessible();
        browser.click(browser.find("main button[type=submit]"));
        assertThat(browser.text()).contains("Kernel update on " + host, "NEW");
        browser.press("Submit for approval");
        assertThat(browser.find("h1").getText()).contains("ASSESS");
        assertThat(browser.text()).contains("Done: SUBMIT");
    }

    @Test
    void an_approver_approves_from_the_inbox_and_the_requester_may_not() {
        String host = host();
        String role = Api.role("apr", "dba", "requester");
        int id = change(host, role);
        submit(id);
        browser.signIn("requester");
        browser.go("/changes/" + id);
        assertThat(browser.all("button")).extracting(e -> e.getText()).noneMatch(t -> t.startsWith("Approve"));
        forge(id, "APPROVE", role);
        assertThat(browser.find(".error").getText()).contains("cannot approve");
        assertThat(browser.find("h1").getText()).contains("ASSESS");
        browser.signOut();
        browser.signIn("dba");
        browser.go("/me");
        browser.accessible();
        browser.click(browser.driver.findElement(By.partialLinkText(id + ": Patch")));
        browser.find("#c-" + role).sendKeys("looks safe");
        browser.press("Approve as " + role);
        assertThat(browser.text()).contains("Done: APPROVE");
        assertThat(browser.find(".matrix").getText()).contains("APPROVED", "dba", "looks safe");
    }

    @Test
    void a_change_manager_authorizes_and_the_page_shows_every_part() {
        String host = host();
        String role = Api.role("apr", "dba");
        int id = change(host, role);
        submit(id);
        as("dba").body(Map.of("role", role, "decision", "APPROVE")).post("/api/v1/changes/{id}/approvals", id)
                .then().statusCode(200);
        browser.signIn("manager");
        browser.go("/changes/" + id);
        browser.find("#c-auth").sendKeys("go ahead");
        browser.press("Authorize");
        assertThat(browser.find("h1").getText()).contains("SCHEDULED");
        assertThat(browser.text()).contains("Approvals", "Plan", "History", "AUTHORIZE", "go ahead");
        browser.accessible();
        browser.screenshot("change");
    }

    @Test
    void a_stale_page_cannot_overwrite_and_says_to_reload() {
        String host = host();
        int id = change(host, Api.role("apr", "dba"));
        browser.signIn("requester");
        browser.go("/changes/" + id);
        Map<String, Object> edited = new java.util.HashMap<>(as("requester").get("/api/v1/changes/{id}", id).then()
                .extract().jsonPath().getMap(""));
        as("requester").header("If-Match", "*").body(Map.of("title", "Renamed meanwhile", "type", "NORMAL", "hosts",
                List.of(host), "window", edited.get("window"), "plan", List.of(Map.of("title", "reboot", "role",
                        ((Map<?, ?>) ((List<?>) edited.get("plan")).get(0)).get("role"), "duration", "PT30M"))))
                .put("/api/v1/changes/{id}", id).then().statusCode(200);
        browser.press("Submit for approval");
        assertThat(browser.find(".error").getText()).contains("changed meanwhile", "reload");
        assertThat(browser.find("h1").getText()).contains("Renamed meanwhile", "NEW");
    }

    @Test
    void a_blackout_added_by_a_change_manager_shows_hatched_in_the_calendar() {
        String cluster = Api.cluster("bc", 0);
        String host = Api.host("web", cluster);
        Instant start = Api.plusDays(T0, 1).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        int id = change(host, Api.role("apr", "dba"));
        load(host);
        browser.signIn("manager");
        browser.go("/admin/blackouts");
        browser.find("#b-name").sendKeys("quarter close");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("document.getElementById('b-start').value = arguments[0];"
                + "document.getElementById('b-end').value = arguments[1];",
                Forms.local(start, ZoneOffset.UTC), Forms.local(start.plus(Duration.ofHours(6)), ZoneOffset.UTC));
        new Select(browser.find("#b-cluster")).selectByValue(cluster);
        browser.press("Add the blackout");
        assertThat(browser.find(".field-error").getText()).contains("must not be blank");
        browser.find("#b-reason").sendKeys("finance closes the quarter");
        browser.accessible();
        browser.press("Add the blackout");
        assertThat(browser.text()).contains("Added blackout quarter close");
        browser.go("/?zone=UTC&host=" + host + "&week=" + LocalDate.ofInstant(start, ZoneOffset.UTC));
        var blackout = browser.find(".blackout");
        assertThat(blackout.getText()).contains("Blackout: quarter close");
        assertThat(blackout.getCssValue("background-image")).contains("repeating-linear-gradient");
        browser.accessible();
        browser.screenshot("calendar");
        browser.go("/?zone=UTC&host=" + host + "&week=" + LocalDate.ofInstant(Api.plusDays(T0, 3),
                ZoneOffset.UTC));
        assertThat(browser.find("a.ev[href='/changes/" + id + "']").getText()).contains("NEW");
    }

    @Test
    void the_gates_board_flips_to_open_when_an_emergency_change_starts() {
        String host = host();
        String role = Api.role("apr", "ops");
        browser.signIn("viewer");
        browser.go("/gates");
        String row = "tr[data-target='" + host + "']";
        assertThat(browser.find(row).getText()).contains("CLOSED");
        browser.accessible();
        int id = as("requester").body(Map.of("title", "Emergency fix on " + host, "type", "EMERGENCY", "hosts",
                List.of(host), "window", Map.of("start", T0.toString(), "end", T0.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "hotfix", "role", role, "duration", "PT30M"))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        submit(id);
        as("manager").body(Map.of("decision", "APPROVE", "comment", "go")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(200);
        as("requester").post("/api/v1/changes/{id}/start", id).then().statusCode(200);
        new WebDriverWait(browser.driver, Duration.ofSeconds(12)).until(d -> browser.textOf(row).contains("OPEN"));
        assertThat(browser.textOf(row)).contains("Emergency fix on " + host);
        browser.screenshot("gates");
    }

    /** Posts the action from the page with its CSRF token, as a forged form would, bypassing the missing button. */
    private static void forge(int id, String action, String role) {
        ((JavascriptExecutor) browser.driver).executeScript(
                """
                        const f = document.createElement('form'); f.method = 'post'; f.action = '/changes/' + arguments[0] + '/act';
                        const add = (n, v) => { const i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); };
                        const csrf = document.querySelector('form.signout input[type=hidden]');
                        add(csrf.name, csrf.value); add('action', arguments[1]); add('role', arguments[2]); add('version', arguments[3]);
                        document.body.appendChild(f); f.submit();""",
                id, action, role,
                as("viewer").get("/api/v1/changes/{id}", id).then().extract().header("ETag").replaceAll("[^0-9]", ""));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".error"))
                .size() > 0);
    }
}
