package dev.lull.console;

import static dev.lull.Api.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** The admin index and the hosts page: paged and filtered, add, edit, delete after confirming, for admins only. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdminHostPagesTest {
    @Inject
    DataSource data;

    @Test
    void the_admin_index_links_one_page_per_kind_and_webhooks_only_for_admins() {
        PageSession.of("viewer").get("/admin", 200).body(allOf(containsString("href=\"/admin/hosts\""),
                containsString("href=\"/admin/clusters\""), containsString("href=\"/admin/people\""),
                containsString("href=\"/admin/blackouts\""), containsString("href=\"/admin/roles\""),
                containsString("href=\"/admin/service-levels\""), containsString("Webhooks"),
                not(containsString("href=\"/admin/webhooks\""))));
        PageSession.of("admin").get("/admin", 200).body(containsString("href=\"/admin/webhooks\""));
    }

    @Test
    void an_admin_adds_a_host_and_a_bad_one_is_refused_field_by_field_keeping_what_was_typed() {
        PageSession admin = PageSession.of("admin");
        String cluster = Api.cluster("hpc", 0);
        String name = Api.unique("added");
        admin.post("/admin/hosts", Map.of("name", name, "timeZone", "Europe/Oslo", "cluster", cluster, "role", "mx",
                "capacity", "900", "tags", "mail, dc2")).then().statusCode(303)
                .header("Location", containsString("/admin/hosts?done="));
        as("viewer").get("/api/v1/hosts/{name}", name).then().statusCode(200).body("timeZone",
                org.hamcrest.Matchers.equalTo("Europe/Oslo"), "cluster", org.hamcrest.Matchers.equalTo(cluster));
        admin.get("/admin/hosts?name=" + name, 200).body(containsString(name), containsString("1–1 of 1"));
        admin.post("/admin/hosts",
                Map.of("name", "", "timeZone", "Mars/Olympus", "capacity", "lots", "tags", "ok, b@d"))
                .then().statusCode(400).body(containsString("Some fields need fixing"),
                        containsString("must be a number"),
                        containsString("value=\"Mars/Olympus\""), containsString("value=\"ok, b@d\""));
        admin.post("/admin/hosts", Map.of("name", Api.unique("nz"), "timeZone", "Mars/Olympus", "tags", "b@d"))
                .then().statusCode(400).body(containsString("Mars/Olympus"), containsString("field-error"));
        admin.post("/admin/hosts", Map.of("name", name, "timeZone", "UTC")).then().statusCode(409)
                .body(containsString("already exists"));
    }

    @Test
    void an_admin_edits_a_host_and_a_stale_edit_says_changed_meanwhile() {
        PageSession admin = PageSession.of("admin");
        String host = Api.host("edit", null);
        String page = admin.get("/admin/hosts/" + host, 200).body(containsString("value=\"Europe/Paris\""))
                .extract().asString();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        admin.post("/admin/hosts/" + host, Map.of("version", version, "timeZone", "Bad/Zone")).then().statusCode(400)
                .body(containsString("field-error"), containsString("value=\"Bad/Zone\""));
        admin.post("/admin/hosts/" + host, Map.of("version", version, "timeZone", "Asia/Tokyo", "role", "db"))
                .then().statusCode(303);
        as("viewer").get("/api/v1/hosts/{name}", host).then().body("timeZone",
                org.hamcrest.Matchers.equalTo("Asia/Tokyo"), "role", org.hamcrest.Matchers.equalTo("db"));
        admin.post("/admin/hosts/" + host, Map.of("version", version, "timeZone", "Europe/Rome")).then()
                .statusCode(412).body(containsString("This host was changed meanwhile — reload the page"),
                        containsString("Reload host " + host), containsString("value=\"Europe/Rome\""));
        as("viewer").get("/api/v1/hosts/{name}", host).then().body("timeZone",
                org.hamcrest.Matchers.equalTo("Asia/Tokyo"));
    }

    @Test
    void deleting_a_host_asks_first_then_deletes_it() {
        PageSession admin = PageSession.of("admin");
        String host = Api.host("del", null);
        String confirm = admin.get("/admin/hosts/" + host + "/delete", 200)
                .body(containsString("Delete host " + host + "?"), containsString("load history")).extract()
                .asString();
        as("viewer").get("/api/v1/hosts/{name}", host).then().statusCode(200);
        String version = confirm.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        admin.post("/admin/hosts/" + host + "/delete", Map.of("version", Long.parseLong(version) - 1)).then()
                .statusCode(412).body(containsString("changed meanwhile"));
        admin.post("/admin/hosts/" + host + "/delete", Map.of("version", version)).then().statusCode(303)
                .header("Location", containsString("Deleted+host+" + host));
        as("viewer").get("/api/v1/hosts/{name}", host).then().statusCode(404);
    }

    @Test
    void a_viewer_reads_the_list_without_buttons_and_a_forged_post_is_refused() {
        PageSession viewer = PageSession.of("viewer");
        String host = Api.host("ro", null);
        viewer.get("/admin/hosts?name=" + host, 200).body(containsString(host), not(containsString("Add the host")),
                not(containsString("/admin/hosts/" + host + "/delete")), containsString("Only admins"));
        viewer.get("/admin/hosts/" + host, 403);
        viewer.post("/admin/hosts/" + host + "/delete", Map.of("version", 0)).then().statusCode(403)
                .contentType("text/html");
        viewer.post("/admin/hosts", Map.of("name", Api.unique("forged"), "timeZone", "UTC")).then().statusCode(403);
        as("viewer").get("/api/v1/hosts/{name}", host).then().statusCode(200);
    }

    @Test
    void the_list_filters_by_tag_as_the_api_does_and_keeps_the_filter_in_its_links() {
        String tag = Api.unique("rack");
        String cluster = Api.cluster("tagc", 0);
        String tagged = tagged("tagged", cluster, List.of(tag, "mail"));
        String other = tagged("other", cluster, List.of(tag));
        String untagged = tagged("plain", cluster, List.of("mail"));
        PageSession viewer = PageSession.of("viewer");
        viewer.get("/admin/hosts?tag=" + tag, 200).body(containsString("1–2 of 2"), containsString(">" + tagged
                + "</a>"), containsString(">" + other + "</a>"), not(containsString(untagged)),
                containsString("<label for=\"f-tag\">Tag</label><input id=\"f-tag\" name=\"tag\" value=\"" + tag
                        + "\""),
                containsString("<a href=\"/admin/hosts?tag=" + tag + "\""));
        viewer.get("/admin/hosts?tag=" + tag + "&name=" + other, 200).body(containsString("1–1 of 1"),
                containsString(">" + other + "</a>"), not(containsString(">" + tagged + "</a>")));
        viewer.get("/admin/hosts?tag=" + tag + "&cluster=" + cluster, 200).body(containsString("1–2 of 2"));
        viewer.get("/admin/hosts?tag=no-" + tag, 200).body(containsString("No host matches."));
        as("viewer").queryParam("tag", tag).get("/api/v1/hosts").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.contains(other, tagged));
    }

    @Test
    void a_bad_filter_is_named_next_to_its_field_and_lists_nothing() {
        PageSession viewer = PageSession.of("viewer");
        viewer.get("/admin/hosts?tag=Rack_1", 400).body(containsString("Some fields need fixing"),
                containsString("<p class=\"field-error\" id=\"f-tag-error\">must be 1-63 characters of a-z"),
                containsString("aria-describedby=\"f-tag-error\""), containsString("value=\"Rack_1\""),
                containsString("Fix the filter to list hosts."));
        viewer.get("/admin/hosts?name=" + "x".repeat(64) + "&tag=ok", 400)
                .body(containsString("id=\"f-name-error\">size must be between 1 and 63"),
                        not(containsString("f-tag-error")));
        viewer.get("/admin/hosts?cluster=B@d", 400).body(containsString("id=\"f-cluster-error\">must be 1-63"));
    }

    private static String tagged(String prefix, String cluster, List<String> tags) {
        String name = Api.unique(prefix);
        as("admin").body(Map.of("name", name, "timeZone", "UTC", "cluster", cluster, "tags", tags))
                .post("/api/v1/hosts").then().statusCode(201);
        return name;
    }

    @Test
    void the_list_pages_through_ten_thousand_hosts() throws SQLException {
        String prefix = Api.unique("bulk");
        execute("insert into host (name, time_zone, created_at, updated_at) select ? || '-' || lpad(g::text, 5, '0'),"
                + " 'UTC', now(), now() from generate_series(1, 10000) g", prefix);
        try {
            PageSession viewer = PageSession.of("viewer");
            viewer.get("/admin/hosts?name=" + prefix, 200).body(containsString("1–50 of 10000"),
                    containsString(prefix + "-00050"), not(containsString(prefix + "-00051")),
                    containsString("page=1\" rel=\"next\""));
            viewer.get("/admin/hosts?name=" + prefix + "&page=199", 200).body(containsString("9951–10000 of 10000"),
                    containsString(prefix + "-10000"), not(containsString("rel=\"next\"")));
        } finally {
            for (int batch = 0; batch < 20; batch++) {
                execute("delete from host where id in (select id from host where name like ? || '-%' limit 500)",
                        prefix);
            }
        }
    }

    private void execute(String sql, String prefix) throws SQLException {
        try (Connection connection = data.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, prefix);
            statement.executeUpdate();
        }
    }
}
