package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.step;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgendaTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void the_agenda_lists_submitted_changes_by_local_day_per_time_zone_with_conflicts_and_budget_impact() {
        String paris = Api.host("ag", null);
        String newYork = Api.host("ag", null, "America/New_York", null);
        String dbas = role("dba");
        Instant start = days(3);
        Instant end = start.plus(Duration.ofHours(2));
        int submitted = create(change("NORMAL", List.of(paris, newYork), start, end,
                List.of(step("patch", dbas, "PT1H"))));
        post("requester", submitted, "submit", null, 200);
        int drafted = create(change("NORMAL", List.of(paris), days(4), days(4).plus(Duration.ofHours(1)),
                List.of(step("patch", dbas, "PT1H"))));
        as("admin").body(Map.of("availabilityTarget", 0.999, "periodLength", "P30D"))
                .put("/api/v1/hosts/{name}/sla", paris).then().statusCode(201);

        JsonPath agenda = as("viewer").queryParam("from", days(2).toString()).queryParam("to", days(6).toString())
                .get("/api/v1/changes/agenda").then().statusCode(200)
                .body("period.from", equalTo(days(2).toString()), "period.to", equalTo(days(6).toString()))
                .extract().jsonPath();

        List<Map<String, Object>> items = agenda.getList("days.changes.flatten().findAll { it.id == " + submitted
                + " }");
        assertThat(items).extracting(item -> item.get("timeZone")).containsExactlyInAnyOrder(PARIS.getId(),
                NEW_YORK.getId());
        for (Map<String, Object> item : items) {
            ZoneId zone = ZoneId.of((String) item.get("timeZone"));
            OffsetDateTime localStart = OffsetDateTime.parse((String) item.get("localStart"));
            assertThat(localStart.toInstant()).isEqualTo(start);
            assertThat(localStart.getOffset()).isEqualTo(zone.getRules().getOffset(start));
            assertThat(OffsetDateTime.parse((String) item.get("localEnd")).toInstant()).isEqualTo(end);
            assertThat(item.get("hosts")).isEqualTo(List.of(zone.equals(PARIS) ? paris : newYork));
            assertThat(item).containsEntry("status", "ASSESS").containsEntry("risk", "LOW");
            assertThat(agenda.getList("days.findAll { it.changes.any { c -> c.id == " + submitted
                    + " && c.timeZone == '" + zone.getId() + "' } }.date")).containsExactly(
                            start.atZone(zone).toLocalDate().toString());
        }
        String parisItem = "days.changes.flatten().find { it.id == " + submitted + " && it.timeZone == '"
                + PARIS.getId() + "' }";
        assertThat(agenda.getList(parisItem + ".conflicts.kind")).contains("DOWNTIME_BUDGET");
        assertThat(agenda.getList(parisItem + ".budgetImpact.name")).contains(paris);
        assertThat(agenda.getBoolean(parisItem + ".budgetImpact[0].wouldBreachTarget")).isTrue();
        assertThat(agenda.getList(parisItem + ".approvals.role")).containsExactly(dbas);
        assertThat(agenda.getInt(parisItem + ".approvalSummary.pending")).isEqualTo(1);
        assertThat(agenda.getList("days.changes.flatten().id")).doesNotContain(drafted);
    }

    @Test
    void the_period_is_required_ordered_and_at_most_31_days() {
        as("viewer").queryParam("to", days(2).toString()).get("/api/v1/changes/agenda").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("viewer").queryParam("from", days(2).toString()).queryParam("to", days(34).toString())
                .get("/api/v1/changes/agenda").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as("viewer").queryParam("from", days(3).toString()).queryParam("to", days(2).toString())
                .get("/api/v1/changes/agenda").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as("viewer").queryParam("from", "monday").queryParam("to", days(2).toString())
                .get("/api/v1/changes/agenda").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as("viewer").queryParam("from", days(2).toString()).queryParam("to", days(33).toString())
                .get("/api/v1/changes/agenda").then().statusCode(200);
        as("viewer").queryParam("from", days(2).toString()).queryParam("to", days(3).toString())
                .queryParam("host", "x").get("/api/v1/changes/agenda").then().statusCode(400)
                .body("errors[0].field", equalTo("host"));
        given().queryParam("from", days(2).toString()).queryParam("to", days(3).toString())
                .get("/api/v1/changes/agenda").then().statusCode(401);
        as("ingest").queryParam("from", days(2).toString()).queryParam("to", days(3).toString())
                .get("/api/v1/changes/agenda").then().statusCode(403);
    }
}
