package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.change.ChangeFixtures.T0;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.step;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeLocalTimesTest {

    @BeforeEach
    void now() {
        clockAt(T0);
    }

    @Test
    void a_change_shows_its_window_in_the_local_time_of_each_zone_of_its_hosts_with_the_offset() {
        String paris = Api.host("lt", null, "Europe/Paris", null);
        String alsoParis = Api.host("lt", null, "Europe/Paris", null);
        String york = Api.host("lt", null, "America/New_York", null);
        Instant start = days(3);
        Instant end = start.plus(Duration.ofHours(2));
        int id = create(change("NORMAL", List.of(york, paris, alsoParis), start, end,
                List.of(step("patch", role("dba"), "PT1H"))));
        as("viewer").get("/api/v1/changes/{id}", id).then().statusCode(200)
                .body("window.start", equalTo(start.toString()), "localWindows", hasSize(2),
                        "localWindows.timeZone", contains("America/New_York", "Europe/Paris"),
                        "localWindows[0].hosts", contains(york),
                        "localWindows[1].hosts", contains(List.of(paris, alsoParis).stream().sorted().toArray()),
                        "localWindows[0].localStart", equalTo(local(start, "America/New_York")),
                        "localWindows[1].localStart", equalTo(local(start, "Europe/Paris")),
                        "localWindows[1].localEnd", equalTo(local(end, "Europe/Paris")));
        as("viewer").queryParam("host", york).get("/api/v1/changes").then().statusCode(200)
                .body("items[0].id", equalTo(id), "items[0].localWindows.timeZone",
                        contains("America/New_York", "Europe/Paris"),
                        "items[0].localWindows[0].localEnd", equalTo(local(end, "America/New_York")));
    }

    private static String local(Instant instant, String zone) {
        return ISO_OFFSET_DATE_TIME.format(instant.atZone(ZoneId.of(zone)));
    }
}
