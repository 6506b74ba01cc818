package dev.lull.console;

import static dev.lull.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** The clusters and people pages: add, edit, delete with the API's rules and messages, read-only for others. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdminClusterAndPeoplePagesTest {

    @Inject
    DataSource data;

    static String version(String page) {
        return page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
    }

    @Test
    void an_admin_adds_edits_and_deletes_a_cluster_and_bad_input_is_named() {
        PageSession admin = PageSession.of("admin");
        String cluster = Api.unique("cl");
        admin.post("/admin/clusters", Map.of("name", cluster, "minAvailable", "many", "description", "x"))
                .then().statusCode(400)
                .body(containsString("must be a whole number"), containsString("value=\"many\""));
        admin.post("/admin/clusters", Map.of("name", cluster, "minAvailable", "-1")).then().statusCode(400)
                .body(containsString("must be greater than or equal to 0"));
        admin.post("/admin/clusters", Map.of("name", cluster, "minAvailable", "1", "description", "Mail"))
                .then().statusCode(303);
        admin.get("/admin/clusters?nameContains=" + cluster, 200).body(containsString("1–1 of 1"),
                containsString("/admin/clusters/" + cluster + "/delete"), containsString("value=\"" + cluster + "\""));
        String page = admin.get("/admin/clusters/" + cluster, 200)
                .body(containsString("No owning team"), containsString("value=\"Mail\"")).extract().asString();
        admin.post("/admin/clusters/" + cluster, Map.of("version", version(page), "minAvailable", "2",
                "description", "Mail, DC2")).then().statusCode(303);
        as("viewer").get("/api/v1/clusters/{name}", cluster).then().body("minAvailable", equalTo(2));
        admin.post("/admin/clusters/" + cluster, Map.of("version", version(page), "minAvailable", "3")).then()
                .statusCode(412).body(containsString("This cluster was changed meanwhile"));
    }

    @Test
    void the_cluster_list_is_filtered_by_part_of_the_name_and_its_pages_keep_the_filter() throws SQLException {
        String prefix = Api.unique("many");
        execute("insert into cluster (name, min_available, created_at, updated_at) select ? || '-' || lpad(g::text, 2,"
                + " '0'), 0, now(), now() from generate_series(1, 51) g", prefix);
        try {
            PageSession viewer = PageSession.of("viewer");
            viewer.get("/admin/clusters?nameContains=" + prefix.toUpperCase(), 200).body(
                    containsString("1–50 of 51"), containsString("value=\"" + prefix.toUpperCase() + "\""),
                    containsString(prefix + "-50"), not(containsString(prefix + "-51")),
                    containsString("nameContains=" + prefix.toUpperCase() + "&amp;page=1\" rel=\"next\""));
            viewer.get("/admin/clusters?nameContains=" + prefix + "&page=1", 200).body(containsString("51–51 of 51"),
                    containsString(prefix + "-51"), not(containsString(prefix + "-50")));
            viewer.get("/admin/clusters?nameContains=" + prefix + "-x", 200).body(containsString("No cluster matches"));
            viewer.get("/admin/clusters?nameContains=" + "x".repeat(64), 400).body(containsString("nameContains"));
        } finally {
            execute("delete from cluster where name like ? || '-%'", prefix);
        }
    }

    @Test
    void a_cluster_with_hosts_is_not_deleted_and_the_page_says_why() {
        PageSession admin = PageSession.of("admin");
        String cluster = Api.cluster("full", 0);
        String host = Api.host("in", cluster);
        String role = Api.role("own", "dba");
        as("manager").body(Map.of("role", role)).put("/api/v1/clusters/{name}/owner", cluster).then().statusCode(201);
        admin.get("/admin/clusters/" + cluster, 200).body(containsString("approval role <strong>" + role));
        String confirm = admin.get("/admin/clusters/" + cluster + "/delete", 200).extract().asString();
        admin.post("/admin/clusters/" + cluster + "/delete", Map.of("version", version(confirm))).then()
                .statusCode(409).body(containsString("still has 1 host(s); move or delete them first"));
        as("admin").header("If-Match", "*").delete("/api/v1/hosts/{name}", host).then().statusCode(204);
        admin.post("/admin/clusters/" + cluster + "/delete", Map.of("version", version(confirm))).then()
                .statusCode(303);
        as("viewer").get("/api/v1/clusters/{name}", cluster).then().statusCode(404);
    }

    @Test
    void a_viewer_sees_clusters_and_people_read_only_and_forged_posts_are_refused() {
        PageSession viewer = PageSession.of("viewer");
        String cluster = Api.cluster("ro", 0);
        viewer.get("/admin/clusters?nameContains=" + cluster, 200).body(containsString(">" + cluster + "</a>"),
                not(containsString("Add the cluster")),
                not(containsString("/admin/clusters/" + cluster + "/delete")));
        viewer.post("/admin/clusters/" + cluster + "/delete", Map.of("version", 0)).then().statusCode(403);
        viewer.get("/admin/people", 200).body(not(containsString("Add the person")),
                not(containsString("/admin/people/dba\"")));
        viewer.get("/admin/people/dba", 403).body(containsString("Your roles do not allow"));
        viewer.post("/admin/people", Map.of("username", Api.unique("x"), "displayName", "X")).then()
                .statusCode(403);
        as("viewer").get("/api/v1/clusters/{name}", cluster).then().statusCode(200);
    }

    @Test
    void an_admin_adds_edits_and_deletes_a_profile_and_bad_input_is_named() {
        PageSession admin = PageSession.of("admin");
        String user = Api.unique("pp");
        admin.post("/admin/people", Map.of("username", "no spaces", "displayName", "", "email", "nope")).then()
                .statusCode(400).body(containsString("must be 1-100 characters"), containsString("must not be blank"),
                        containsString("well-formed email"), containsString("value=\"no spaces\""));
        admin.post("/admin/people", Map.of("username", user, "displayName", "Pat Doe", "email", "pat@example.org"))
                .then().statusCode(303);
        admin.post("/admin/people", Map.of("username", user, "displayName", "Again")).then().statusCode(409)
                .body(containsString("exists already"));
        String page = admin.get("/admin/people/" + user, 200).body(containsString("value=\"Pat Doe\"")).extract()
                .asString();
        admin.post("/admin/people/" + user, Map.of("version", version(page), "displayName", "Pat Doe-Ray",
                "email", "pat@example.org")).then().statusCode(303);
        admin.post("/admin/people/" + user, Map.of("version", version(page), "displayName", "Stale")).then()
                .statusCode(412).body(containsString("This profile was changed meanwhile"));
        String confirm = admin.get("/admin/people/" + user + "/delete", 200).extract().asString();
        admin.post("/admin/people/" + user + "/delete", Map.of("version", version(confirm))).then().statusCode(303);
        admin.get("/admin/people", 200).body(not(containsString(user)));
    }

    @Test
    void a_person_edits_their_own_profile_but_nobody_else_s() {
        as("admin").header("If-Match", "*").body(Map.of("displayName", "Ops Person")).put("/api/v1/people/{u}", "ops")
                .then().statusCode(200);
        as("admin").header("If-Match", "*").body(Map.of("displayName", "Dana")).put("/api/v1/people/{u}", "dba")
                .then().statusCode(200);
        PageSession ops = PageSession.of("ops");
        ops.get("/admin/people", 200).body(containsString("href=\"/admin/people/ops\""),
                not(containsString("href=\"/admin/people/dba\"")), not(containsString("/delete")));
        String page = ops.get("/admin/people/ops", 200).extract().asString();
        ops.post("/admin/people/ops", Map.of("version", version(page), "displayName", "Olga Ops")).then()
                .statusCode(303);
        ops.post("/admin/people/dba", Map.of("version", 0, "displayName", "Hijacked")).then().statusCode(403);
        as("viewer").get("/api/v1/me").then().statusCode(200);
        as("ops").get("/api/v1/me").then().body("displayName", equalTo("Olga Ops"));
    }

    private void execute(String sql, String prefix) throws SQLException {
        try (Connection connection = data.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, prefix);
            statement.executeUpdate();
        }
    }
}
