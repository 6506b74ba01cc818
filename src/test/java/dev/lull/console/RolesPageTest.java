package dev.lull.console;

import static dev.lull.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.lull.Api;
import dev.lull.people.RoleDirectory;

/** /admin/roles over HTTP: admins add roles, retitle them and change their owners; refusals next to fields. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RolesPageTest {

    @Inject
    RoleDirectory roles;

    /** The role's owners as stored now (a new transaction, so not the test's cached read). */
    List<String> owners(String key) {
        return QuarkusTransaction.requiringNew().call(() -> List.copyOf(roles.get(key).body().owners()));
    }

    @Test
    void an_admin_adds_a_role_retitles_it_and_adds_and_removes_an_owner_from_the_directory() {
        String person = Api.unique("pat");
        as("admin").body(Map.of("displayName", "Pat Example")).put("/api/v1/people/{u}", person).then()
                .statusCode(200);
        String key = Api.unique("storage");
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.post("/admin/roles", Map.of("key", key, "title", "Storage team")).then().statusCode(303)
                .header("Location", containsString("/admin/roles?edit=" + key));
        admin.get("/admin/roles?edit=" + key).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Role " + key), containsString("<option value=\"" + person + "\">Pat Example"));
        admin.post("/admin/roles/" + key + "/owners", Map.of("version", 0, "owner", person)).then().statusCode(303);
        admin.post("/admin/roles/" + key, Map.of("version", 1, "title", "Storage and backup")).then()
                .statusCode(303);
        admin.get("/admin/roles").then().body(containsString("Storage and backup"), containsString(person));
        org.assertj.core.api.Assertions.assertThat(owners(key)).containsExactly(person);
        admin.post("/admin/roles/" + key + "/owners/remove", Map.of("version", 2, "owner", person)).then()
                .statusCode(303);
        org.assertj.core.api.Assertions.assertThat(owners(key)).isEmpty();
    }

    @Test
    void bad_input_comes_back_next_to_its_field() {
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.post("/admin/roles", Map.of("key", "Bad Key", "title", "t")).then().statusCode(400)
                .body(containsString("<p class=\"field-error\">must be 1-63 characters of a-z"))
                .body(containsString("value=\"Bad Key\""));
        admin.post("/admin/roles", Map.of("key", Api.unique("k"), "title", " ")).then().statusCode(400)
                .body(containsString("<p class=\"field-error\">must not be blank</p>"));
        String key = Api.role("dup");
        admin.post("/admin/roles", Map.of("key", key, "title", "again")).then().statusCode(400)
                .body(containsString("a role with this key exists already"));
        admin.post("/admin/roles/" + key + "/owners", Map.of("version", 0, "owner", "no spaces")).then()
                .statusCode(400).body(containsString("<p class=\"field-error\">must be 1-100 characters of letters"))
                .body(containsString("value=\"no spaces\""));
        org.assertj.core.api.Assertions.assertThat(owners(key)).isEmpty();
    }

    @Test
    void a_viewer_sees_no_buttons_and_a_forged_post_is_refused() {
        String key = Api.role("ro", "dba");
        ConsoleSession viewer = ConsoleSession.of("viewer");
        viewer.get("/admin/roles?edit=" + key).then().statusCode(200).body(containsString(key))
                .body(not(containsString("Add the role")), not(containsString("?edit=")),
                        not(containsString("Remove dba")));
        viewer.post("/admin/roles/" + key + "/owners", Map.of("version", 0, "owner", "viewer")).then()
                .statusCode(403).contentType(ContentType.HTML).body(containsString("Your roles do not allow"));
        org.assertj.core.api.Assertions.assertThat(owners(key)).containsExactly("dba");
    }

    @Test
    void a_stale_edit_says_to_reload_and_overwrites_nothing() {
        String key = Api.role("stale", "dba");
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.get("/admin/roles?edit=" + key).then().body(containsString("name=\"version\" value=\"0\""));
        as("admin").header("If-Match", "*").body(Map.of("title", "Renamed meanwhile", "owners", List.of("dba")))
                .put("/api/v1/roles/{key}", key).then().statusCode(200);
        admin.post("/admin/roles/" + key, Map.of("version", 0, "title", "My title")).then().statusCode(412)
                .body(containsString("This role was changed meanwhile — reload the page"));
        admin.post("/admin/roles/" + key + "/owners/remove", Map.of("version", 0, "owner", "dba")).then()
                .statusCode(412);
        org.assertj.core.api.Assertions.assertThat(QuarkusTransaction.requiringNew()
                .call(() -> roles.get(key).body().title())).isEqualTo("Renamed meanwhile");
        org.assertj.core.api.Assertions.assertThat(owners(key)).containsExactly("dba");
    }

    @Test
    void an_admin_deletes_an_unused_role_after_confirming_and_a_used_one_is_refused_naming_its_uses() {
        String unused = Api.role("gone");
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.get("/admin/roles").then().body(containsString("href=\"/admin/roles/" + unused + "/delete\""));
        admin.get("/admin/roles/" + unused + "/delete").then().statusCode(200)
                .body(containsString("Delete role " + unused + "?"),
                        containsString("action=\"/admin/roles/" + unused + "/delete\""));
        admin.post("/admin/roles/" + unused + "/delete", Map.of("version", 0)).then().statusCode(303)
                .header("Location", containsString("/admin/roles?done=Deleted+role+" + unused));
        as("admin").get("/api/v1/roles?size=500").then().body(not(containsString(unused)));
        String used = Api.role("used", "dba");
        String cluster = Api.cluster("usedc", 0);
        as("manager").body(Map.of("role", used)).put("/api/v1/clusters/{name}/owner", cluster).then().statusCode(201);
        admin.post("/admin/roles/" + used + "/delete", Map.of("version", 0)).then().statusCode(409)
                .contentType(ContentType.HTML)
                .body(containsString("approval role " + used + " is still used by the owning team of cluster "
                        + cluster), containsString("Delete role " + used + "?"));
        org.assertj.core.api.Assertions.assertThat(owners(used)).containsExactly("dba");
    }

    @Test
    void a_viewer_sees_no_delete_and_a_forged_delete_is_refused() {
        String key = Api.role("keep", "dba");
        ConsoleSession viewer = ConsoleSession.of("viewer");
        viewer.get("/admin/roles").then().body(not(containsString("/admin/roles/" + key + "/delete")));
        viewer.get("/admin/roles/" + key + "/delete").then().statusCode(403);
        viewer.post("/admin/roles/" + key + "/delete", Map.of("version", 0)).then().statusCode(403)
                .body(containsString("Your roles do not allow"));
        org.assertj.core.api.Assertions.assertThat(owners(key)).containsExactly("dba");
    }
}
