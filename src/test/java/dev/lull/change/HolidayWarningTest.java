package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.step;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HolidayWarningTest {

    @Test
    void a_change_on_a_holiday_of_its_host_is_warned_but_not_refused() {
        String cluster = Api.cluster("hw", 0);
        String host = Api.host("hw", cluster);
        Instant start = days(3);
        String date = start.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate().toString();
        as("admin").body(Map.of("days", List.of(Map.of("date", date, "name", "Company shutdown"))))
                .put("/api/v1/clusters/{name}/holidays", cluster).then().statusCode(201);
        String ops = role("ops");
        int onHoliday = create(change("NORMAL", List.of(host), start, start.plus(Duration.ofHours(2)),
                List.of(step("patch", ops, "PT1H"))));
        as("viewer").get("/api/v1/changes/{id}", onHoliday).then().statusCode(200)
                .body("warnings.kind", contains("HOLIDAY"), "warnings[0].message",
                        containsString("is Company shutdown (custom) on " + host),
                        "warnings[0].details.date", equalTo(date));
        as("requester").header("If-Match", ChangeFixtures.etag(onHoliday))
                .post("/api/v1/changes/{id}/submit", onHoliday).then()
                .statusCode(200);
        Instant later = start.plus(Duration.ofDays(2));
        int otherDay = create(change("NORMAL", List.of(host), later, later.plus(Duration.ofHours(2)),
                List.of(step("patch", ops, "PT1H"))));
        as("viewer").get("/api/v1/changes/{id}", otherDay).then().statusCode(200).body("warnings", nullValue());
    }
}
