package dev.lull.demo;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoDataTest {
    @Inject
    DemoData demo;

    @Test
    void seeding_creates_the_demo_cluster_with_weeks_of_load_and_a_second_run_only_tops_up() throws Exception {
        demo.seed();
        long second = demo.seed().received();
        assertThat(second).isLessThan(5 * 12 * 24);
        as("viewer").get("/api/v1/clusters/mbox").then().statusCode(200)
                .body("minAvailable", equalTo(3), "hosts", contains("mbox-01", "mbox-02", "mbox-03", "mbox-04"),
                        "warnings", empty());
        as("viewer").get("/api/v1/hosts/sql-01").then().statusCode(200)
                .body("timeZone", equalTo("Europe/Paris"), "role", equalTo("database"));
        as("viewer").queryParam("weeks", 8).get("/api/v1/hosts/mbox-01/load/profile").then().statusCode(200)
                .body("buckets[10].weeks", greaterThan(6));
    }

    @Test
    void demo_load_is_low_at_night_and_on_sundays_and_high_on_weekday_afternoons() {
        DemoSeries series = new DemoSeries(900, 42);
        ZoneId paris = ZoneId.of("Europe/Paris");
        double tuesdayAfternoon = series.messagesAt(Instant.parse("2026-11-24T13:00:00Z"), paris);
        double tuesdayNight = series.messagesAt(Instant.parse("2026-11-24T02:00:00Z"), paris);
        double sundayAfternoon = series.messagesAt(Instant.parse("2026-11-22T13:00:00Z"), paris);
        assertThat(tuesdayNight).isLessThan(tuesdayAfternoon / 5);
        assertThat(sundayAfternoon).isLessThan(tuesdayAfternoon / 2);
    }
}
