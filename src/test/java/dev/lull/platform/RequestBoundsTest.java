package dev.lull.platform;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.proposal.PlanRequest;

/** Bodies and lists are limited before they are read, and odd input is a 4xx (issue parts 2 and 6). */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequestBoundsTest {
    @Inject
    ObjectMapper mapper;

    /** A plan request body whose {@code hosts} holds {@code count} copies of a short name. */
    private static String planWithHosts(int count) {
        StringBuilder body = new StringBuilder(count * 4 + 64).append("{\"duration\":\"PT2H\",\"hosts\":[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("\"h\"");
        }
        return body.append("]}").toString();
    }

    @Test
    void a_plan_with_five_million_hosts_is_a_fast_413_before_it_is_read() {
        as("viewer").body(planWithHosts(5_000_000)).post("/api/v1/proposals/plan")
                .then().statusCode(413).contentType("application/problem+json")
                .time(lessThan(3L), TimeUnit.SECONDS).body("detail", containsString("1048576"));
    }

    @Test
    void a_streamed_body_without_a_length_is_cut_off_at_the_limit() {
        byte[] body = planWithHosts(400_000).getBytes(StandardCharsets.UTF_8);
        as("viewer").body(new ByteArrayInputStream(body)).post("/api/v1/proposals/plan")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void a_list_longer_than_its_size_is_refused_while_parsing_naming_the_field() {
        as("viewer").body(planWithHosts(200_000)).post("/api/v1/proposals/plan")
                .then().statusCode(400).time(lessThan(2L), TimeUnit.SECONDS)
                .body("errors[0].field", equalTo("hosts"), "errors[0].message", containsString("at most 200"));
        as("requester").body(Map.of("title", "t", "type", "NORMAL", "hosts", List.of("a"),
                "window", Map.of("start", "2030-01-01T00:00:00Z", "end", "2030-01-01T01:00:00Z"),
                "plan", List.of(), "requiredRoles", java.util.Collections.nCopies(21, "r")))
                .post("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("requiredRoles"), "errors[0].message", containsString("at most 20"));
    }

    @Test
    void deep_nesting_long_strings_and_long_numbers_are_refused_by_the_parser() {
        for (String body : List.of("{\"name\":\"c\",\"minAvailable\":" + "9".repeat(500) + "}",
                "{\"name\":\"c\",\"minAvailable\":0,\"description\":\"" + "x".repeat(200_000) + "\"}")) {
            as("admin").body(body).post("/api/v1/clusters").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("JSON limit"));
        }
    }

    @Test
    void nul_and_control_characters_in_text_are_a_400_naming_the_field_never_stored_shortened() {
        String host = Api.host("nul", null);
        as("manager").body(Map.of("hosts", List.of(host), "start", "2026-01-01T00:00:00Z", "cause", "disk\u0000gone"))
                .post("/api/v1/outages").then().statusCode(400).body("errors[0].field", equalTo("cause"),
                        "errors[0].message", containsString("U+0000"));
        as("admin").body(Map.of("name", Api.unique("c"), "minAvailable", 0, "description", "bell\u0007"))
                .post("/api/v1/clusters")
                .then().statusCode(400).body("errors[0].field", equalTo("description"));
        as("manager").body(Map.of("hosts", List.of(host + "\u0000"), "start", "2026-01-01T00:00:00Z", "cause", "c"))
                .post("/api/v1/outages").then().statusCode(400).body("errors[0].field", equalTo("hosts[0]"));
        as("admin").body(Map.of("name", Api.unique("c"), "minAvailable", 0, "description", "two\nlines\tand a tab"))
                .post("/api/v1/clusters").then().statusCode(201);
    }

    @Test
    void nul_in_a_path_segment_or_query_parameter_is_a_400() {
        as("viewer").get("/api/v1/hosts/a%00b").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
        as("viewer").queryParam("cluster", "a\u0000b").get("/api/v1/hosts").then().statusCode(400)
                .body("errors[0].field", equalTo("cluster"));
    }

    @Test
    void an_overflowing_page_is_a_400_naming_page() {
        for (String path : List.of("/api/v1/hosts", "/api/v1/outages", "/api/v1/changes")) {
            as("viewer").queryParam("page", Integer.MAX_VALUE).queryParam("size", 500).get(path)
                    .then().statusCode(400).body("errors[0].field", equalTo("page"));
        }
        as("viewer").queryParam("page", Integer.MAX_VALUE).get("/api/v1/hosts").then().statusCode(400);
        as("viewer").queryParam("page", 2).get("/api/v1/hosts").then().statusCode(200);
    }

    @Test
    void a_list_is_refused_at_the_first_element_past_its_size_even_from_an_endless_stream() {
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream("{\"hosts\":[\"h\"".getBytes()),
                new InputStream() {
                    private final byte[] element = ",\"h\"".getBytes();
                    private long position;

                    @Override
                    public int read() {
                        return element[(int) (position++ % element.length)];
                    }
                });
        assertThatThrownBy(() -> mapper.readValue(endless, PlanRequest.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("at most 200 elements");
    }

    @Test
    void an_over_long_uri_or_header_section_is_a_problem() {
        as("viewer").queryParam("tag", "x".repeat(5000)).get("/api/v1/hosts").then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
        as("viewer").header("X-Big", "y".repeat(30_000)).get("/api/v1/hosts").then().statusCode(431)
                .contentType("application/problem+json").body("title", equalTo("Request header fields too large"));
    }
}
