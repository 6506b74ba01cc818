package dev.lull.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is complete: the build fails when an operation or a parameter is left undocumented. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenApiDocumentTest {
    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").asString());
    }

    private static List<Map.Entry<String, JsonNode>> operations() throws Exception {
        JsonNode document = document();
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (path.getKey().startsWith("/api/") && op.getValue().isObject() && !op.getKey().equals("parameters")) {
                operations.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    @Test
    void every_operation_has_a_summary_and_a_description() throws Exception {
        List<String> bare = operations().stream()
                .filter(op -> op.getValue().path("summary").asText().isBlank()
                        || op.getValue().path("description").asText().isBlank())
                .map(Map.Entry::getKey).toList();
        assertThat(bare).isEmpty();
    }

    @Test
    void every_parameter_has_a_description() throws Exception {
        List<String> bare = new ArrayList<>();
        operations().forEach(op -> op.getValue().path("parameters").forEach(parameter -> {
            if (parameter.path("description").asText().isBlank()) {
                bare.add(op.getKey() + " ?" + parameter.path("name").asText());
            }
        }));
        assertThat(bare).isEmpty();
    }

    @Test
    void every_operation_documents_its_success_body() throws Exception {
        List<String> bare = operations().stream().filter(op -> !documentsSuccess(op.getValue()))
                .map(Map.Entry::getKey).toList();
        assertThat(bare).isEmpty();
    }

    private static boolean documentsSuccess(JsonNode operation) {
        Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (response.getKey().equals("204") || response.getKey().equals("304")) {
                return true;
            }
            if (response.getKey().startsWith("2") && hasSchema(response.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSchema(JsonNode response) {
        Iterator<JsonNode> media = response.path("content").elements();
        while (media.hasNext()) {
            JsonNode schema = media.next().path("schema");
            if (!schema.isMissingNode() && !schema.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_security_schemes_are_exactly_basic_and_jwt() throws Exception {
        List<String> schemes = new ArrayList<>();
        document().path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        assertThat(schemes).containsExactlyInAnyOrder("basic", "jwt");
    }

    @Test
    void every_operation_accepts_either_scheme() throws Exception {
        JsonNode global = document().path("security");
        List<String> basicOnly = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : operations()) {
            JsonNode security = op.getValue().has("security") ? op.getValue().path("security") : global;
            List<String> schemes = new ArrayList<>();
            security.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
            if (!schemes.containsAll(List.of("basic", "jwt"))) {
                basicOnly.add(op.getKey() + " " + schemes);
            }
        }
        assertThat(basicOnly).isEmpty();
    }

    @Test
    void a_closed_gate_answers_the_gate_object_not_a_problem() throws Exception {
        JsonNode paths = document().path("paths");
        for (String path : List.of("/api/v1/gates/hosts/{name}", "/api/v1/gates/clusters/{name}")) {
            JsonNode responses = paths.path(path).path("get").path("responses");
            assertThat(responses.path("423").path("content").path("application/json").path("schema").path("$ref")
                    .asText()).as(path).isEqualTo("#/components/schemas/GateView");
            assertThat(responses.path("423").path("content").has(Problem.MEDIA_TYPE)).as(path).isFalse();
            assertThat(responses.path("200").path("content").path("application/json").path("schema").path("$ref")
                    .asText()).as(path).isEqualTo("#/components/schemas/GateView");
        }
    }

    @Test
    void the_main_request_bodies_carry_an_example() throws Exception {
        JsonNode document = document();
        List<String> bare = new ArrayList<>();
        for (String operation : List.of("POST /api/v1/hosts", "PUT /api/v1/hosts/{name}", "POST /api/v1/clusters",
                "PUT /api/v1/clusters/{name}", "POST /api/v1/changes", "PUT /api/v1/changes/{id}",
                "POST /api/v1/blackouts", "PUT /api/v1/blackouts/{id}", "POST /api/v1/load", "POST /api/v1/feeds",
                "POST /api/v1/proposals/plan", "POST /api/v1/proposals/plan/book", "POST /api/v1/proposals/what-if")) {
            String[] methodAndPath = operation.split(" ");
            JsonNode media = document.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase())
                    .path("requestBody").path("content").path("application/json");
            if (!hasExample(document, media)) {
                bare.add(operation);
            }
        }
        assertThat(bare).isEmpty();
    }

    @Test
    void the_json_ingest_body_is_an_array_of_samples() throws Exception {
        JsonNode document = document();
        JsonNode schema = document.path("paths").path("/api/v1/load").path("post").path("requestBody").path("content")
                .path("application/json").path("schema");
        assertThat(schema.path("type").asText()).isEqualTo("array");
        JsonNode sample = resolve(document, schema.path("items"));
        List<String> fields = new ArrayList<>();
        sample.path("properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("host", "at", "messages");
    }

    private static boolean hasExample(JsonNode document, JsonNode media) {
        return media.hasNonNull("example") || media.path("examples").size() > 0
                || resolve(document, media.path("schema")).hasNonNull("example")
                || resolve(document, media.path("schema")).path("examples").size() > 0;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty()
                ? schema
                : document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
