package dev.lull.holiday;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HolidayCalendarTest {
    private static final String HOST = "/api/v1/hosts/{name}/holidays";
    private static final String CLUSTER = "/api/v1/clusters/{name}/holidays";

    @Test
    void a_host_follows_its_clusters_calendar_until_it_has_its_own() {
        String cluster = Api.cluster("hol", 0);
        String member = Api.host("hol", cluster, "Europe/Zurich", null);
        as("admin").body(Map.of("country", "ch", "region", "ZH")).put(CLUSTER, cluster).then().statusCode(201)
                .header("ETag", equalTo("\"v0\"")).body("scope", equalTo("CLUSTER"), "country", equalTo("CH"),
                        "region", equalTo("zh"), "updatedBy", equalTo("admin"));
        as("viewer").queryParam("from", "2026-04-01").queryParam("to", "2026-05-01").get(HOST, member).then()
                .statusCode(200).body("scope", equalTo("CLUSTER"), "timeZone", equalTo("Europe/Zurich"),
                        "dates.date", contains("2026-04-03", "2026-04-05"),
                        "dates.name", contains("Good Friday", "Easter"), "dates[0].source", equalTo("CH-ZH"));
        as("admin").body(Map.of("country", "US", "days",
                List.of(Map.of("date", "2026-12-28", "name", "Company shutdown")))).put(HOST, member).then()
                .statusCode(201).body("scope", equalTo("HOST"), "region", nullValue());
        as("viewer").queryParam("from", "2026-12-20").queryParam("to", "2027-01-02").get(HOST, member).then()
                .statusCode(200).body("dates.date", contains("2026-12-25", "2026-12-28", "2027-01-01"),
                        "dates[1].name", equalTo("Company shutdown"), "dates[1].source", equalTo("custom"),
                        "dates[0].source", equalTo("US"));
        as("admin").header("If-Match", "\"v0\"").delete(HOST, member).then().statusCode(204);
        as("viewer").get(HOST, member).then().statusCode(200).body("scope", equalTo("CLUSTER"));
    }

    @Test
    void only_admins_write_calendars_with_if_match() {
        String member = Api.host("hol", null);
        Map<String, Object> swiss = Map.of("country", "CH");
        as("viewer").get(HOST, member).then().statusCode(404);
        as("manager").body(swiss).put(HOST, member).then().statusCode(403);
        as("viewer").body(swiss).put(HOST, member).then().statusCode(403);
        given().contentType("application/json").body(swiss).put(HOST, member).then().statusCode(401);
        as("admin").body(swiss).put(HOST, "no-such-host").then().statusCode(404);
        as("admin").body(swiss).put(HOST, member).then().statusCode(201);
        as("admin").body(Map.of("country", "DE")).put(HOST, member).then().statusCode(428)
                .contentType("application/problem+json");
        as("admin").header("If-Match", "\"v7\"").body(Map.of("country", "DE")).put(HOST, member).then()
                .statusCode(412);
        as("admin").header("If-Match", "\"v0\"").body(Map.of("country", "DE", "region", "by")).put(HOST, member)
                .then().statusCode(200).header("ETag", equalTo("\"v1\"")).body("region", equalTo("by"));
        as("manager").header("If-Match", "\"v1\"").delete(HOST, member).then().statusCode(403);
        as("admin").header("If-Match", "\"v0\"").delete(HOST, member).then().statusCode(412);
        as("admin").header("If-Match", "\"v1\"").delete(HOST, member).then().statusCode(204);
        as("viewer").get(HOST, member).then().statusCode(404);
        as("viewer").get(CLUSTER, "no-such-cluster").then().statusCode(404);
    }

    @Test
    void bad_calendars_and_periods_are_refused_naming_the_field() {
        String member = Api.host("hol", null);
        as("admin").body(Map.of("country", "XX")).put(HOST, member).then().statusCode(400)
                .body("errors[0].field", equalTo("country"), "errors[0].message", containsString("ISO 3166"));
        as("admin").body(Map.of("country", "Swiss")).put(HOST, member).then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        as("admin").body(Map.of("country", "CH", "region", "xy")).put(HOST, member).then().statusCode(400)
                .body("errors[0].field", equalTo("region"), "errors[0].message", containsString("zh"));
        as("admin").body(Map.of("region", "zh")).put(HOST, member).then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        as("admin").body(Map.of()).put(HOST, member).then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        as("admin").body(Map.of("days", List.of(Map.of("date", "2026-02-30", "name", "x")))).put(HOST, member)
                .then().statusCode(400);
        as("admin").body(Map.of("days", List.of(Map.of("date", "2026-12-24", "name", " ")))).put(HOST, member)
                .then().statusCode(400).body("errors.field", hasItem(containsString("name")));
        as("viewer").get(HOST, member).then().statusCode(404);
        as("admin").body(Map.of("country", "CH")).put(HOST, member).then().statusCode(201);
        as("viewer").queryParam("from", "April").get(HOST, member).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("viewer").queryParam("from", "2026-01-01").queryParam("to", "2028-01-01").get(HOST, member).then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        as("viewer").queryParam("from", "2026-01-01").queryParam("to", "2026-01-01").get(HOST, member).then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        as("viewer").queryParam("year", "2026").get(HOST, member).then().statusCode(400)
                .body("detail", containsString("year"), "detail", not(containsString("Exception")));
    }

    @Test
    void the_documented_example_is_accepted_and_both_endpoints_carry_their_tag() {
        String cluster = Api.cluster("hol", 0);
        Map<String, Object> example = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/hosts/{name}/holidays'.put.tags", contains("Holidays"),
                        "paths.'/api/v1/clusters/{name}/holidays'.get.summary",
                        containsString("holiday calendar"))
                .extract().path("components.schemas.HolidayBody.examples[0]");
        as("admin").body(example).put(CLUSTER, cluster).then().statusCode(201).body("region", equalTo("zh"));
    }
}
