package dev.lull.console;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import dev.lull.Api;

/** The calendar's month view and person filter, and the change page's conflicts and load, over HTTP. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarPagesTest {
    static final Instant T0 = Api.now();

    /** A NEW change by requester on the host, with one step for the role. */
    static int change(String host, Instant start, String role, String type) {
        return as("requester").body(Map.of("title", "Patch " + host + " " + start, "type", type, "hosts",
                List.of(host), "window", Map.of("start", start.toString(), "end",
                        start.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "reboot", "role", role, "duration", "PT30M")), "risk", "LOW"))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
    }

    /** Submitted, approved by dba and authorized: SCHEDULED. */
    static void book(int id, String role) {
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        as("dba").body(Map.of("role", role, "decision", "APPROVE")).post("/api/v1/changes/{id}/approvals", id)
                .then().statusCode(200);
        as("manager").body(Map.of("decision", "APPROVE", "comment", "go")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(200);
    }

    @Test
    void the_month_view_shows_a_dst_month_day_by_day_and_keeps_the_filters_on_its_links() {
        String host = Api.host("mv", Api.cluster("mvc", 0));
        int id = change(host, Instant.parse("2026-11-01T06:30:00Z"), Api.role("mvr", "dba"), "NORMAL");
        String session = SignInTest.session("viewer");
        given().cookie("lull-session", session).queryParam("view", "month").queryParam("month", "2026-11")
                .queryParam("zone", "America/New_York").queryParam("host", host).get("/").then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("November 2026"), containsString("25-hour day (clocks go back)"),
                        containsString("href=\"/changes/" + id + "\""), containsString("01:30–03:30"),
                        containsString("view=month&amp;month=2026-10&amp;host=" + host),
                        containsString("view=month&amp;month=2026-12&amp;host=" + host),
                        containsString("?week=2026-10-26&amp;host=" + host + "\">Week view"),
                        containsString("type=\"month\" value=\"2026-11\""));
        given().cookie("lull-session", session).queryParam("week", "2026-11-04").queryParam("host", host).get("/")
                .then().statusCode(200).body(containsString("view=month&amp;month=2026-11&amp;host=" + host
                        + "\">Month view"));
        given().cookie("lull-session", session).queryParam("view", "month").queryParam("month", "2026-13").get("/")
                .then().statusCode(200).body(containsString("is not a month such as 2027-03"));
        given().cookie("lull-session", session).queryParam("view", "month").queryParam("month", "+99999-01").get("/")
                .then().statusCode(200).body(containsString("must lie from 1970-01-01T00:00:00Z up to"));
        given().cookie("lull-session", session).queryParam("week", "2999-01-01").get("/")
                .then().statusCode(200).body(containsString("must lie from 1970-01-01T00:00:00Z up to"));
    }

    @Test
    void the_person_filter_keeps_the_changes_a_person_owns_a_role_of_and_names_people_from_the_directory() {
        String host = Api.host("pf", Api.cluster("pfc", 0));
        String olga = Api.unique("olga");
        as("admin").body(Map.of("displayName", "Olga Owner", "email", "olga@example.org"))
                .put("/api/v1/people/{username}", olga).then().statusCode(200);
        Instant start = Instant.parse("2027-02-10T09:00:00Z");
        int hers = change(host, start, Api.role("pfr", olga), "NORMAL");
        int other = change(host, start.plus(Duration.ofDays(1)), Api.role("pfo", "dba"), "NORMAL");
        String session = SignInTest.session("viewer");
        given().cookie("lull-session", session).queryParam("view", "month").queryParam("month", "2027-02")
                .queryParam("host", host).queryParam("person", olga).get("/").then().statusCode(200)
                .body(containsString("href=\"/changes/" + hers + "\""),
                        not(containsString("href=\"/changes/" + other + "\"")),
                        containsString("<label for=\"person\">Person involved</label>"),
                        containsString("<option value=\"" + olga + "\" selected>Olga Owner (" + olga + ")</option>"),
                        containsString("&amp;person=" + olga));
        given().cookie("lull-session", session).queryParam("week", "2027-02-08").queryParam("host", host)
                .queryParam("person", "requester").get("/").then().statusCode(200)
                .body(containsString("href=\"/changes/" + hers + "\""), containsString("href=\"/changes/" + other
                        + "\""));
    }

    @Test
    void a_refused_reschedule_and_a_refused_submit_show_their_conflicts_as_a_table() {
        String host = Api.host("cf", Api.cluster("cfc", 0));
        String role = Api.role("cfr", "dba");
        Instant day3 = Api.plusDays(T0, 3).truncatedTo(ChronoUnit.HOURS);
        int booked = change(host, day3, role, "NORMAL");
        book(booked, role);
        int moved = change(host, day3.plus(Duration.ofDays(3)), role, "NORMAL");
        book(moved, role);
        String session = SignInTest.session("requester");
        Response page = given().cookie("lull-session", session).get("/changes/" + moved);
        Matcher csrf = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(csrf.find()).isTrue();
        String version = as("viewer").get("/api/v1/changes/{id}", moved).header("ETag").replaceAll("[^0-9]", "");
        given().cookie("lull-session", session).cookies(page.getCookies()).contentType(ContentType.URLENC)
                .formParam(csrf.group(1), csrf.group(2)).formParam("action", "RESCHEDULE")
                .formParam("version", version)
                .formParam("start", Forms.local(day3.plus(Duration.ofHours(1)), ZoneOffset.UTC))
                .formParam("end", Forms.local(day3.plus(Duration.ofHours(3)), ZoneOffset.UTC))
                .post("/changes/" + moved + "/act").then().statusCode(409).contentType(ContentType.HTML)
                .body(containsString("Why the new window was refused"), containsString("<td>Other change</td>"),
                        containsString("<a href=\"/changes/" + booked + "\">change " + booked + ": Patch"),
                        containsString("also takes down " + host),
                        containsString("value=\"" + Forms.local(day3.plus(Duration.ofHours(1)), ZoneOffset.UTC)));
        given().cookie("lull-session", session).cookies(page.getCookies()).contentType(ContentType.URLENC)
                .formParam(csrf.group(1), csrf.group(2)).formParam("title", "Overlapping").formParam("type", "NORMAL")
                .formParam("hosts", host).formParam("version", "0")
                .formParam("start", Forms.local(day3, ZoneOffset.UTC))
                .formParam("end", Forms.local(day3.plus(Duration.ofHours(2)), ZoneOffset.UTC))
                .formParam("stepTitle", "reboot").formParam("stepRole", role).formParam("stepMinutes", "30")
                .formParam("risk", "LOW").formParam("then", "SUBMIT")
                .post("/changes/new").then().statusCode(409).contentType(ContentType.HTML)
                .body(allOf(containsString("but not submitted"), containsString("Why the window was refused"),
                        containsString("<a href=\"/changes/" + booked + "\">"),
                        containsString("name=\"edit\" value=\"")));
    }

    @Test
    void a_change_page_compares_expected_and_observed_load_once_the_work_ran_and_says_when_none_arrived() {
        String cluster = Api.cluster("ldc", 0);
        String measured = Api.host("ld", cluster);
        String silent = Api.host("ld", cluster);
        String role = Api.role("ldr", "ops");
        Instant hour = T0.truncatedTo(ChronoUnit.HOURS);
        int id = as("requester").body(Map.of("title", "Emergency on two hosts", "type", "EMERGENCY", "hosts",
                List.of(measured, silent), "window", Map.of("start", T0.toString(), "end",
                        T0.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "hotfix", "role", role, "duration", "PT30M"))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        as("manager").body(Map.of("decision", "APPROVE", "comment", "go")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(200);
        as("requester").post("/api/v1/changes/{id}/start", id).then().statusCode(200);
        as("ops").post("/api/v1/changes/{id}/steps/1/done", id).then().statusCode(200);
        as("requester").body(Map.of("outcome", "SUCCESSFUL", "actualStart", hour.minus(Duration.ofHours(3))
                .toString(), "actualEnd", hour.minus(Duration.ofHours(1)).toString()))
                .post("/api/v1/changes/{id}/complete", id).then().statusCode(200);
        String session = SignInTest.session("viewer");
        given().cookie("lull-session", session).get("/changes/" + id).then().statusCode(200)
                .body(containsString("Load while the work ran"), containsString("No load has been ingested"));
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        for (int week = 0; week <= 4; week++) {
            Instant from = hour.minus(Duration.ofHours(3)).minus(Duration.ofDays(7L * week));
            for (int slot = 0; slot < 8; slot++) {
                csv.append(measured).append(',').append(from.plus(Duration.ofMinutes(15L * slot))).append(',')
                        .append(week == 0 ? 100 : 50).append('\n');
            }
        }
        Api.ingestCsv(csv.toString(), 200);
        given().cookie("lull-session", session).get("/changes/" + id).then().statusCode(200)
                .body(containsString("<td>400 messages</td><td>800 messages</td>"),
                        not(containsString("No load has been ingested")), containsString("100 % above expected"),
                        containsString("<td>no data</td><td>nothing observed yet</td>"));
    }
}
