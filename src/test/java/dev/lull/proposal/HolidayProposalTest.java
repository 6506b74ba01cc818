package dev.lull.proposal;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HolidayProposalTest {

    @Test
    void proposals_and_plans_skip_the_hosts_holidays_and_say_so_unless_asked_not_to() {
        String cluster = ProposalResourceTest.cluster(0);
        String host = ProposalResourceTest.hostWithHistory(cluster);
        LocalDate first = Api.now().atZone(ProposalResourceTest.PARIS).toLocalDate().plusDays(1);
        List<Map<String, String>> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(Map.of("date", first.plusDays(i).toString(), "name", "Shutdown " + i));
        }
        as("admin").body(Map.of("days", days)).put("/api/v1/clusters/{name}/holidays", cluster).then()
                .statusCode(201);
        Set<LocalDate> holidays = first.datesUntil(first.plusDays(7)).collect(java.util.stream.Collectors.toSet());
        String to = first.plusDays(7).atStartOfDay(ProposalResourceTest.PARIS).toInstant().toString();
        String path = "/api/v1/hosts/{name}/proposals";
        List<String> avoiding = as("viewer").queryParam("limit", 3).get(path, host).then().statusCode(200)
                .body("candidates.reason", everyItem(containsString("is Shutdown 6 (custom): skipped")))
                .extract().path("candidates.localStart");
        assertThat(avoiding).hasSize(3).allSatisfy(start -> assertThat(holidays).doesNotContain(localDate(start)));
        List<String> anyDay = as("viewer").queryParam("limit", 3).queryParam("to", to)
                .queryParam("avoidHolidays", false).get(path, host)
                .then().statusCode(200).extract().path("candidates.localStart");
        assertThat(anyDay).anySatisfy(start -> assertThat(holidays).contains(localDate(start)));
        String planned = as("viewer").body(Map.of("cluster", cluster, "duration", "PT2H"))
                .post("/api/v1/proposals/plan").then().statusCode(200).extract().path("windows[0].localStart");
        assertThat(holidays).doesNotContain(localDate(planned));
        as("viewer").body(Map.of("cluster", cluster, "duration", "PT2H", "to", to)).post("/api/v1/proposals/plan")
                .then().statusCode(409);
        String anyPlanned = as("viewer").body(Map.of("cluster", cluster, "duration", "PT2H", "to", to,
                "avoidHolidays", false)).post("/api/v1/proposals/plan").then().statusCode(200)
                .extract().path("windows[0].localStart");
        assertThat(holidays).contains(localDate(anyPlanned));
    }

    @Test
    void proposals_skip_the_days_of_an_imported_ics_calendar() {
        String cluster = ProposalResourceTest.cluster(0);
        String host = ProposalResourceTest.hostWithHistory(cluster);
        LocalDate first = Api.now().atZone(ProposalResourceTest.PARIS).toLocalDate().plusDays(1);
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lull test//EN\r\nBEGIN:VEVENT\r\nUID:week@test\r\n"
                + "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:" + first.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "\r\nDTEND;VALUE=DATE:" + first.plusDays(7).format(DateTimeFormatter.BASIC_ISO_DATE)
                + "\r\nSUMMARY:Plant shutdown\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        as("admin").contentType("text/calendar").body(ics).put("/api/v1/clusters/{name}/holidays/ics", cluster)
                .then().statusCode(201).body("days", equalTo(7));
        Set<LocalDate> holidays = first.datesUntil(first.plusDays(7)).collect(java.util.stream.Collectors.toSet());
        List<String> avoiding = as("viewer").queryParam("limit", 3).get("/api/v1/hosts/{name}/proposals", host)
                .then().statusCode(200)
                .body("candidates.reason", everyItem(containsString("is Plant shutdown (custom): skipped")))
                .extract().path("candidates.localStart");
        assertThat(avoiding).hasSize(3).allSatisfy(start -> assertThat(holidays).doesNotContain(localDate(start)));
    }

    private static LocalDate localDate(String localStart) {
        return OffsetDateTime.parse(localStart).toLocalDate();
    }
}
