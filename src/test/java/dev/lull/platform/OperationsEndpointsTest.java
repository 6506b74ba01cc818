package dev.lull.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.net.URL;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OperationsEndpointsTest {

    @Test
    void liveness_and_readiness_are_up_and_readiness_checks_the_database() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"),
                "checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    /** The management interface's root is /q: this is /q/metrics on the management port. */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void prometheus_metrics_are_served_on_the_management_port_only() {
        dev.lull.Api.as("viewer").get("/api/v1/clusters").then().statusCode(200);
        assertThat(metrics.getPort()).isNotEqualTo(RestAssured.port);
        given().get(metrics).then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"), containsString("http_server_requests_seconds_count"));
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void the_openapi_document_describes_the_api_and_its_security() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/hosts"), "paths", hasKey("/api/v1/clusters/{name}"),
                        "components.securitySchemes", hasKey("basic"), "components.securitySchemes", hasKey("jwt"),
                        "paths.'/api/v1/hosts'.post.summary", equalTo("Register a host"),
                        "paths.'/api/v1/hosts'.post.responses", hasKey("401"),
                        "paths.'/api/v1/hosts'.post.responses.'409'.content", hasKey("application/problem+json"),
                        "components.schemas", hasKey("Problem"));
    }

    @Test
    void the_openapi_document_shows_the_preconditions_of_replacing_and_patching() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/hosts/{name}'.put.responses", hasKey("428"),
                        "paths.'/api/v1/hosts/{name}'.put.responses", hasKey("412"),
                        "paths.'/api/v1/hosts/{name}'.patch.requestBody.content",
                        hasKey("application/merge-patch+json"),
                        "paths.'/api/v1/hosts/{name}'.patch.responses", hasKey("415"),
                        "paths.'/api/v1/hosts/{name}'.patch.responses", hasKey("428"),
                        "paths.'/api/v1/blackouts/{id}'.patch.responses", hasKey("415"),
                        "paths.'/api/v1/clusters/{name}/sla'.patch.responses", hasKey("428"),
                        "paths.'/api/v1/changes/{id}/window'.put.responses", hasKey("428"),
                        "paths.'/api/v1/outages/{id}'.patch.responses", not(hasKey("428")));
    }

    @Test
    void swagger_ui_is_served() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
