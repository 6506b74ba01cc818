package dev.lull.console;

import static dev.lull.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.lull.Api;

/** /admin/service-levels over HTTP: admins set, change and remove them; refusals next to their fields. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServiceLevelsPageTest {

    @Test
    void an_admin_sets_a_cluster_and_a_host_level_and_changes_one() {
        String cluster = Api.cluster("slc", 0);
        String host = Api.host("slh", cluster);
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.post("/admin/service-levels", Map.of("target", "cluster/" + cluster, "availabilityTarget", "0.999",
                "periodLength", "P4W")).then().statusCode(303);
        admin.post("/admin/service-levels", Map.of("target", "host/" + host, "availabilityTarget", "0.99"))
                .then().statusCode(303);
        admin.get("/admin/service-levels").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString(">" + cluster + "</a></td><td>99.9 % (0.999)</td><td>28 days (P28D)</td>"))
                .body(containsString(">" + host + "</a></td><td>99 % (0.99)</td><td>30 days (P30D)</td>"));
        admin.get("/admin/service-levels?edit=cluster/" + cluster).then().statusCode(200)
                .body(containsString("Service level of cluster " + cluster), containsString("value=\"0.999\""),
                        containsString("name=\"version\" value=\"0\""));
        admin.post("/admin/service-levels/cluster/" + cluster, Map.of("version", 0, "availabilityTarget", "0.995",
                "periodLength", "P7D")).then().statusCode(303);
        as("viewer").get("/api/v1/clusters/{name}/sla", cluster).then().body("availabilityTarget", equalTo(0.995f))
                .body("periodLength", equalTo("P7D"));
    }

    @Test
    void bad_input_comes_back_next_to_its_field() {
        String cluster = Api.cluster("slb", 0);
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.post("/admin/service-levels", Map.of("target", "cluster/" + cluster, "availabilityTarget", "lots"))
                .then().statusCode(400).body(containsString("<p class=\"field-error\">must be a number such as 0.999"))
                .body(containsString("value=\"lots\""));
        admin.post("/admin/service-levels", Map.of("target", "cluster/" + cluster, "availabilityTarget", "1.5"))
                .then().statusCode(400).body(containsString("<p class=\"field-error\">must be less than 1</p>"));
        admin.post("/admin/service-levels", Map.of("target", "cluster/" + cluster, "availabilityTarget", "0.9",
                "periodLength", "P2M")).then().statusCode(400)
                .body(containsString("<p class=\"field-error\">must be whole days from P1D to P366D"));
        admin.post("/admin/service-levels", Map.of("target", "", "availabilityTarget", "0.9")).then().statusCode(400)
                .body(containsString("<p class=\"field-error\">choose a cluster or a host</p>"));
        as("admin").body(Map.of("availabilityTarget", 0.9)).put("/api/v1/clusters/{name}/sla", cluster).then()
                .statusCode(201);
        admin.post("/admin/service-levels", Map.of("target", "cluster/" + cluster, "availabilityTarget", "0.5"))
                .then().statusCode(400).body(containsString("has a service level already"));
        as("viewer").get("/api/v1/clusters/{name}/sla", cluster).then().body("availabilityTarget", equalTo(0.9f));
    }

    @Test
    void a_viewer_sees_no_buttons_and_a_forged_post_is_refused() {
        String cluster = Api.cluster("slv", 0);
        as("admin").body(Map.of("availabilityTarget", 0.9)).put("/api/v1/clusters/{name}/sla", cluster).then()
                .statusCode(201);
        ConsoleSession viewer = ConsoleSession.of("viewer");
        viewer.get("/admin/service-levels?edit=cluster/" + cluster).then().statusCode(200)
                .body(containsString(cluster), not(containsString("Set the service level")),
                        not(containsString("?edit=")), not(containsString("Save the service level")));
        viewer.post("/admin/service-levels/cluster/" + cluster + "/delete", Map.of("version", 0)).then()
                .statusCode(403).contentType(ContentType.HTML).body(containsString("Your roles do not allow"));
        as("viewer").get("/api/v1/clusters/{name}/sla", cluster).then().statusCode(200);
    }

    @Test
    void a_stale_edit_says_to_reload_and_overwrites_nothing() {
        String cluster = Api.cluster("sls", 0);
        as("admin").body(Map.of("availabilityTarget", 0.9)).put("/api/v1/clusters/{name}/sla", cluster).then()
                .statusCode(201);
        as("admin").header("If-Match", "*").body(Map.of("availabilityTarget", 0.95))
                .put("/api/v1/clusters/{name}/sla", cluster).then().statusCode(200);
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.post("/admin/service-levels/cluster/" + cluster, Map.of("version", 0, "availabilityTarget", "0.5"))
                .then().statusCode(412).body(containsString("This service level was changed meanwhile — reload"));
        admin.post("/admin/service-levels/cluster/" + cluster + "/delete", Map.of("version", 0)).then()
                .statusCode(412);
        as("viewer").get("/api/v1/clusters/{name}/sla", cluster).then().body("availabilityTarget", equalTo(0.95f));
    }

    @Test
    void a_removal_asks_for_confirmation_first() {
        String cluster = Api.cluster("slr", 0);
        as("admin").body(Map.of("availabilityTarget", 0.9)).put("/api/v1/clusters/{name}/sla", cluster).then()
                .statusCode(201);
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.get("/admin/service-levels?delete=cluster/" + cluster).then().statusCode(200)
                .body(containsString("Remove the service level of cluster " + cluster + "?"));
        as("viewer").get("/api/v1/clusters/{name}/sla", cluster).then().statusCode(200);
        admin.post("/admin/service-levels/cluster/" + cluster + "/delete", Map.of("version", 0)).then()
                .statusCode(303);
        as("viewer").get("/api/v1/clusters/{name}/sla", cluster).then().statusCode(404);
    }
}
