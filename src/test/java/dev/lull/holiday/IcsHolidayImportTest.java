package dev.lull.holiday;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IcsHolidayImportTest {
    private static final String CLUSTER = "/api/v1/clusters/{name}/holidays";
    private static final String HOST = "/api/v1/hosts/{name}/holidays";
    private static final String ICS = "text/calendar";

    /** An iCalendar of the given VEVENT bodies. */
    static String ics(String... events) {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lull test//EN\r\n");
        for (int i = 0; i < events.length; i++) {
            text.append("BEGIN:VEVENT\r\nUID:e").append(i).append("@test\r\nDTSTAMP:20260101T000000Z\r\n")
                    .append(events[i]).append("END:VEVENT\r\n");
        }
        return text.append("END:VCALENDAR\r\n").toString();
    }

    /** An all-day event from {@code first} to before {@code end}. */
    static String allDay(LocalDate first, LocalDate end, String name) {
        return "DTSTART;VALUE=DATE:" + basic(first) + "\r\nDTEND;VALUE=DATE:" + basic(end) + "\r\nSUMMARY:" + name
                + "\r\n";
    }

    private static String basic(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    @Test
    void all_day_events_become_named_days_timed_ones_are_skipped_and_a_new_import_replaces_the_old() {
        String cluster = Api.cluster("ics", 0);
        LocalDate base = Api.now().atZone(ZoneOffset.UTC).toLocalDate().plusDays(10);
        String calendar = ics(allDay(base, base.plusDays(1), "Founders Day"),
                allDay(base.plusDays(20), base.plusDays(22), "Winter break"),
                "DTSTART:" + basic(base.plusDays(5)) + "T090000Z\r\nDTEND:" + basic(base.plusDays(5))
                        + "T100000Z\r\nSUMMARY:Town hall\r\n");
        as("admin").contentType(ICS).body(calendar).put(CLUSTER + "/ics", cluster).then().statusCode(201)
                .header("ETag", equalTo("\"v0\"")).body("events", equalTo(3), "skipped", equalTo(1), "days",
                        equalTo(3), "calendar.importedDays", hasSize(3), "calendar.days", hasSize(0));
        as("viewer").queryParam("from", base.toString()).queryParam("to", base.plusDays(30).toString())
                .get(CLUSTER, cluster).then().statusCode(200)
                .body("dates.date", contains(base.toString(), base.plusDays(20).toString(),
                        base.plusDays(21).toString()),
                        "dates.name", contains("Founders Day", "Winter break", "Winter break"),
                        "dates[0].source", equalTo("custom"));
        as("admin").header("If-Match", "\"v0\"").body(Map.of("country", "CH", "days",
                List.of(Map.of("date", base.plusDays(2).toString(), "name", "Shutdown")))).put(CLUSTER, cluster)
                .then().statusCode(200).body("days.name", contains("Shutdown"), "importedDays", hasSize(3));
        as("admin").contentType(ICS).header("If-Match", "\"v1\"")
                .body(ics(allDay(base.plusDays(3), base.plusDays(4), "Local festival"))).put(CLUSTER + "/ics", cluster)
                .then().statusCode(200).body("days", equalTo(1), "calendar.country", equalTo("CH"),
                        "calendar.days.name", contains("Shutdown"),
                        "calendar.importedDays.name", contains("Local festival"));
    }

    @Test
    void only_admins_import_into_known_hosts_and_clusters() {
        String member = Api.host("ics", null);
        String calendar = ics(allDay(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3), "Berchtoldstag"));
        as("manager").contentType(ICS).body(calendar).put(HOST + "/ics", member).then().statusCode(403);
        given().contentType(ICS).body(calendar).put(HOST + "/ics", member).then().statusCode(401);
        as("admin").contentType(ICS).body(calendar).put(CLUSTER + "/ics", "no-such-cluster").then().statusCode(404)
                .contentType("application/problem+json");
        as("admin").contentType(ICS).body(calendar).put(HOST + "/ics", member).then().statusCode(201)
                .body("calendar.scope", equalTo("HOST"), "calendar.importedDays.name", contains("Berchtoldstag"));
        as("admin").contentType(ICS).body(calendar).put(HOST + "/ics", member).then().statusCode(428);
        as("admin").contentType(ICS).header("If-Match", "\"v0\"").body(ics()).put(HOST + "/ics", member).then()
                .statusCode(200).body("days", equalTo(0), "calendar.importedDays", hasSize(0));
    }

    @Test
    void bad_recurring_empty_and_oversized_calendars_are_refused_naming_the_body() {
        String member = Api.host("ics", null);
        LocalDate day = LocalDate.of(2027, 8, 1);
        as("admin").contentType(ICS).body("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nnonsense\r\n")
                .put(HOST + "/ics", member).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"), "errors[0].message", containsString("line"));
        as("admin").contentType(ICS)
                .body(ics(allDay(day, day.plusDays(1), "Swiss National Day") + "RRULE:FREQ=YEARLY\r\n"))
                .put(HOST + "/ics", member).then().statusCode(400)
                .body("errors[0].field", equalTo("body"), "errors[0].message", containsString("RRULE"));
        as("admin").contentType(ICS).body(ics(allDay(day, day.plusDays(60), "Summer")))
                .put(HOST + "/ics", member).then().statusCode(400).body("errors[0].message", containsString("31"));
        as("admin").contentType(ICS).body(ics()).put(HOST + "/ics", member).then().statusCode(400)
                .body("errors[0].field", equalTo("body"), "errors[0].message", containsString("no all-day event"));
        as("admin").contentType(ICS).body(ics(allDay(day, day.plusDays(1), "x".repeat(1024 * 1024))))
                .put(HOST + "/ics", member).then().statusCode(413).contentType("application/problem+json");
        as("viewer").get(HOST, member).then().statusCode(404);
    }
}
