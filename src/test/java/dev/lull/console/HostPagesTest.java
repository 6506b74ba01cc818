package dev.lull.console;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.lull.Api;

/**
 * The host and cluster pages: recent load against its band, availability and budget, capacity with each host down,
 * and the rolling plan asked for, refused, booked — or not offered to a viewer.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostPagesTest {

    @Test
    void a_host_page_charts_the_last_week_against_its_band_with_past_change_windows_and_its_budget() {
        String host = Api.host("hp", null);
        ConsoleJourneyTest.load(host);
        as("admin").body(Map.of("availabilityTarget", 0.99, "periodLength", "P30D"))
                .put("/api/v1/hosts/{name}/sla", host).then().statusCode(201);
        int id = pastChange(host);
        String page = page("viewer", "/hosts/" + host);
        assertThat(page).contains("<svg", "role=\"img\"", "aria-labelledby=\"load-t load-d\"", "<title id=\"load-t\">",
                "<desc id=\"load-d\">", "Show as a table", "Expected p90");
        assertThat(page).containsPattern("peak \\d+ messages at \\w{3} \\d+ \\w{3} \\d\\d:00, quietest \\d+ at");
        assertThat(page).contains("1 change window(s) marked", "href=\"/changes/" + id + "\">change " + id);
        assertThat(page).contains("Target 99 % over 30 days", "min remaining")
                .containsPattern("Downtime budget 43\\d min: 0 min used");
        assertThat(page).contains("The next proposed window (", "host " + host + ": uses 120 min of its budget");
    }

    @Test
    void a_host_without_load_or_service_level_says_so_plainly() {
        String host = Api.host("hp", null);
        String page = page("viewer", "/hosts/" + host);
        assertThat(page).contains("No load was recorded for host " + host + " in the last 7 days")
                .contains("No service level: no availability target").doesNotContain("Show as a table");
    }

    @Test
    void a_cluster_page_shows_its_budget_the_hosts_and_capacity_with_each_host_down() {
        String cluster = Api.cluster("cp", 2);
        List<String> hosts = List.of(Api.host("cp", cluster, "Europe/Paris", 100.0),
                Api.host("cp", cluster, "Europe/Paris", 50.0), Api.host("cp", cluster, "Europe/Paris", null));
        ConsoleJourneyTest.load(hosts.get(0));
        as("admin").body(Map.of("availabilityTarget", 0.99, "periodLength", "P7D"))
                .put("/api/v1/clusters/{name}/sla", cluster).then().statusCode(201);
        String page = page("viewer", "/clusters/" + cluster);
        assertThat(page).contains("Cluster: Target 99 % over 7 days", "No service level", "Capacity with one host down",
                "Request the rolling plan", "peak ");
        List<String> down = rows(page, "hosts-down");
        assertThat(down).hasSize(3);
        assertThat(down.get(0)).startsWith(hosts.get(0) + " 2 yes 50.0 ").contains("% over the threshold");
        assertThat(down.get(1)).startsWith(hosts.get(1) + " 2 yes 100.0 ").doesNotContain("over the threshold");
        assertThat(down.get(2)).startsWith(hosts.get(2) + " 2 yes 150.0 (this host has no capacity set) ");
        String tight = Api.cluster("cp", 2);
        Api.host("cp", tight, "Europe/Paris", 10.0);
        Api.host("cp", tight, "Europe/Paris", 10.0);
        assertThat(page("viewer", "/clusters/" + tight)).contains("<strong>no</strong>, below minAvailable");
    }

    @Test
    void a_bad_plan_field_comes_back_with_the_message_next_to_it_and_the_values_kept() {
        String cluster = Api.cluster("rp", 1);
        Api.host("rp", cluster);
        Form form = Form.of("requester", "/clusters/" + cluster);
        form.post("/clusters/" + cluster + "/plan", fields(Api.role("rp", "dba"), "minutes", "two hours",
                "notOn", "2027-01-01, soon")).then().statusCode(400).contentType(ContentType.HTML)
                .body(allOf(containsString("id=\"e-duration\">&quot;two hours&quot; is not a whole number of minutes"),
                        containsString("value=\"two hours\""), containsString("Some fields need fixing")));
        form.post("/clusters/" + cluster + "/plan", fields(Api.role("rp", "dba"), "notOn", "soon")).then()
                .statusCode(400).body(containsString("id=\"e-notOn\">&quot;soon&quot; is not a date"));
    }

    @Test
    void a_requester_plans_and_books_one_change_per_host_linked_by_the_plan() {
        String cluster = Api.cluster("rp", 2);
        List<String> hosts = List.of(Api.host("rp", cluster), Api.host("rp", cluster), Api.host("rp", cluster));
        Form form = Form.of("requester", "/clusters/" + cluster);
        Map<String, String> fields = fields(Api.role("rp", "dba"));
        String plan = form.post("/clusters/" + cluster + "/plan", fields).then().statusCode(200).extract().asString();
        assertThat(plan).contains("3 windows, one per host", "Book these 3 changes", "Europe/Paris");
        assertThat(rows(plan, "plan-windows")).hasSize(3).allMatch(r -> hosts.stream().anyMatch(r::startsWith));
        fields.put("submit", "true");
        Response booked = form.post("/clusters/" + cluster + "/plan/book", fields);
        booked.then().statusCode(303);
        String list = form.get(booked.getHeader("Location").replaceAll("^https?://[^/]+", ""));
        assertThat(list).contains("3 changes were booked from plan");
        assertThat(rows(list, "booked")).hasSize(3).allMatch(r -> r.contains("Patch: ")
                && r.contains("ASSESS"));
        assertThat(list).containsPattern("href=\"/changes/\\d+\"");
    }

    @Test
    void a_refused_plan_books_nothing_and_says_why_per_window() {
        String cluster = Api.cluster("rp", 1);
        String host = Api.host("rp", cluster);
        Api.host("rp", cluster);
        Form form = Form.of("requester", "/clusters/" + cluster);
        Map<String, String> fields = fields(Api.role("rp", "dba"), "stepMinutes", "300");
        String page = form.post("/clusters/" + cluster + "/plan/book", fields).then().statusCode(409).extract()
                .asString();
        assertThat(page).contains("Nothing was booked: these windows were refused", "2 of 2 window(s)");
        assertThat(rows(page, "refused")).hasSize(2).allMatch(r -> r.contains("shorter than the plan"));
        as("viewer").queryParam("host", host).get("/api/v1/changes").then().statusCode(200)
                .body(containsString("\"total\":0"));
    }

    @Test
    void a_viewer_sees_the_plan_without_the_book_button_and_a_forged_booking_is_refused() {
        String cluster = Api.cluster("rp", 1);
        String host = Api.host("rp", cluster);
        Api.host("rp", cluster);
        Form form = Form.of("viewer", "/clusters/" + cluster);
        Map<String, String> fields = fields(Api.role("rp", "dba"));
        form.post("/clusters/" + cluster + "/plan", fields).then().statusCode(200)
                .body(allOf(containsString("Only requesters may book a plan"), not(containsString("Book these"))));
        form.post("/clusters/" + cluster + "/plan/book", fields).then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("Your roles do not allow"));
        as("viewer").queryParam("host", host).get("/api/v1/changes").then().statusCode(200)
                .body(containsString("\"total\":0"));
    }

    @Test
    void a_booking_without_the_csrf_token_is_refused() {
        String cluster = Api.cluster("rp", 1);
        Api.host("rp", cluster);
        given().cookie("lull-session", SignInTest.session("requester")).contentType(ContentType.URLENC)
                .formParams(fields(Api.role("rp", "dba"))).post("/clusters/" + cluster + "/plan/book")
                .then().statusCode(400);
    }

    /** The plan form's fields with a valid change, and the given ones replaced. */
    static Map<String, String> fields(String role, String... more) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("minutes", "120", "maxPerNight", "1", "title",
                "Patch", "stepTitle", "patch", "stepRole", role, "stepMinutes", "60", "risk", "LOW", "backoutPlan",
                "restore the snapshot"));
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields;
    }

    /** An emergency change on the host, authorized three days ago for a window then: SCHEDULED in the past. */
    private static int pastChange(String host) {
        Instant past = Api.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        Api.clockAt(past);
        int id = as("requester").body(Map.of("title", "Hotfix " + host, "type", "EMERGENCY", "hosts", List.of(host),
                "window", Map.of("start", past.toString(), "end", past.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "hotfix", "role", Api.role("hp", "dba"), "duration", "PT30M"))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        as("manager").body(Map.of("decision", "APPROVE", "comment", "go")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(200);
        Api.clockAt(Api.now());
        return id;
    }

    private static String page(String user, String path) {
        return given().cookie("lull-session", SignInTest.session(user)).get(path).then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
    }

    /** The text of each data row of the table (or section) with that id, cells separated by a space. */
    static List<String> rows(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #" + id).isNotNegative();
        String table = html.substring(start, html.indexOf("</table>", start));
        return Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table).results().map(r -> r.group(1))
                .filter(r -> r.contains("<td")).map(r -> r.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim())
                .toList();
    }

    /** A signed-in person's forms: the session and the CSRF cookie and token a page handed out. */
    record Form(String session, String csrfCookie, String token) {
        static Form of(String user, String page) {
            String session = SignInTest.session(user);
            Response answer = given().cookie("lull-session", session).get(page);
            answer.then().statusCode(200);
            Matcher token = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"")
                    .matcher(answer.asString());
            assertThat(token.find()).as("a CSRF field on " + page).isTrue();
            return new Form(session, answer.getCookie("lull-csrf"), token.group(1) + "=" + token.group(2));
        }

        Response post(String path, Map<String, String> fields) {
            String[] name = token.split("=", 2);
            return spec().redirects().follow(false).contentType(ContentType.URLENC).formParams(fields)
                    .formParam(name[0], name[1]).post(path);
        }

        String get(String path) {
            return spec().get(path).then().statusCode(200).extract().asString();
        }

        private RequestSpecification spec() {
            RequestSpecification spec = given().cookie("lull-session", session);
            return csrfCookie == null ? spec : spec.cookie("lull-csrf", csrfCookie);
        }
    }
}
