package dev.lull.platform;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;
import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/**
 * The request examples in the OpenAPI document are accepted as written: each is sent with only its names made unique
 * (and its instants moved next to the suite's clock), so a renamed field or enum value breaks the build.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenApiExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().accept("application/json").get("/q/openapi").asString());
    }

    /** The example of a schema in components (OpenAPI 3.1 keeps it in {@code examples}). */
    private static ObjectNode example(JsonNode document, String schema) {
        JsonNode node = document.path("components").path("schemas").path(schema);
        JsonNode example = node.has("example") ? node.path("example") : node.path("examples").path(0);
        return (ObjectNode) example.deepCopy();
    }

    @Test
    void the_inventory_change_blackout_feed_plan_and_booking_examples_are_accepted() throws Exception {
        JsonNode document = document();
        String cluster = unique("mbox");
        ObjectNode clusterBody = example(document, "ClusterRequest").put("name", cluster);
        as("admin").body(clusterBody.toString()).post("/api/v1/clusters").then().statusCode(201);

        String host = unique("mbox");
        ObjectNode hostBody = example(document, "HostRequest").put("name", host).put("cluster", cluster);
        as("admin").body(hostBody.toString()).post("/api/v1/hosts").then().statusCode(201);

        ObjectNode change = example(document, "ChangeBody");
        ((ArrayNode) change.withArray("hosts")).removeAll().add(host);
        as("requester").body(change.toString()).post("/api/v1/changes").then().statusCode(201);

        ObjectNode blackout = example(document, "BlackoutRequest");
        ((ArrayNode) blackout.withArray("clusters")).removeAll().add(cluster);
        as("manager").body(blackout.toString()).post("/api/v1/blackouts").then().statusCode(201);

        ObjectNode feed = example(document, "FeedRequest");
        ((ObjectNode) feed.path("scope")).put("cluster", cluster);
        as("viewer").body(feed.toString()).post("/api/v1/feeds").then().statusCode(201);

        Api.host("mbox", cluster);
        Api.host("mbox", cluster);
        ObjectNode plan = example(document, "PlanRequest").put("cluster", cluster)
                .put("from", Api.plusDays(Api.now(), 7).toString())
                .put("to", Api.plusDays(Api.now(), 21).toString());
        as("viewer").body(plan.toString()).post("/api/v1/proposals/plan").then().statusCode(200);

        ObjectNode whatIf = example(document, "WhatIfRequest").put("start", Api.plusDays(Api.now(), 7).toString())
                .put("end", Api.plusDays(Api.now(), 7).plus(Duration.ofHours(2)).toString());
        ((ArrayNode) whatIf.withArray("hosts")).removeAll().add(host);
        as("viewer").body(whatIf.toString()).post("/api/v1/proposals/what-if").then().statusCode(200);

        ObjectNode book = example(document, "PlanBookingRequest");
        ((ObjectNode) book.path("plan")).put("cluster", cluster);
        as("requester").body(book.toString()).post("/api/v1/proposals/plan/book").then().statusCode(201);
    }

    @Test
    void the_load_ingest_examples_are_accepted() throws Exception {
        JsonNode media = document().path("paths").path("/api/v1/load").path("post").path("requestBody")
                .path("content");
        String host = Api.host("mbox", null);
        ArrayNode samples = (ArrayNode) media.path("application/json").path("examples").path("samples").path("value")
                .deepCopy();
        for (int i = 0; i < samples.size(); i++) {
            ((ObjectNode) samples.get(i)).put("host", host)
                    .put("at", Api.now().minus(Duration.ofHours(2)).plus(Duration.ofMinutes(5L * i)).toString());
        }
        given().auth().preemptive().basic("ingest", "lull").contentType("application/json").body(samples.toString())
                .post("/api/v1/load").then().statusCode(200);

        List<String> lines = media.path("text/csv").path("examples").path("samples").path("value").asText().lines()
                .toList();
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",");
            csv.append(host).append(',').append(Api.now().minus(Duration.ofHours(1)).plus(Duration.ofMinutes(5L * i)))
                    .append(',').append(fields[2]).append('\n');
        }
        Api.ingestCsv(csv.toString(), 200);
    }
}
