package dev.lull.calendar;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.lull.Api;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** Hosts, roles, people, changes and feeds for the calendar tests, and a parser for feeds. */
final class CalendarFixtures {
    /** The tests' "now", the suite's instant (see TestClock). */
    static final Instant T0 = Api.now();

    private CalendarFixtures() {
    }

    static Instant days(double days) {
        return Api.plusDays(T0, days);
    }

    static String cluster() {
        return Api.cluster("kc", 0);
    }

    static String host(String cluster) {
        return Api.host("kh", cluster);
    }

    static String role(String... owners) {
        return Api.role("krole", owners);
    }

    /** Creates or replaces (If-Match: *) the profile of that user. */
    static void person(String username, String displayName, String email) {
        as("admin").header("If-Match", "*").body(Map.of("displayName", displayName, "email", email))
                .put("/api/v1/people/{username}", username).then().statusCode(200);
    }

    /** A NORMAL change on the hosts, one 1-hour step per role, in NEW. */
    static int change(String title, List<String> hosts, Instant start, Duration length, String... roles) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (String role : roles) {
            plan.add(Map.of("title", "work of " + role, "role", role, "duration", "PT1H"));
        }
        Map<String, Object> body = Map.of("title", title, "type", "NORMAL", "hosts", hosts, "window",
                Map.of("start", start.toString(), "end", start.plus(length).toString()), "plan", plan,
                "backoutPlan", "restore the snapshot", "risk", "LOW");
        return as("requester").body(body).post("/api/v1/changes").then().statusCode(201).extract().path("id");
    }

    static void act(String user, int id, String action, Object body) {
        var request = as(user);
        if (body != null) {
            request = request.body(body);
        }
        request.post("/api/v1/changes/{id}/" + action, id).then().statusCode(200);
    }

    /** Submits the change, approves it for its one role by {@code approver}, and authorizes it: SCHEDULED. */
    static void schedule(int id, String role, String approver) {
        act("requester", id, "submit", null);
        act(approver, id, "approvals", Map.of("role", role, "decision", "APPROVE", "comment", "ok"));
        act("manager", id, "authorize", Map.of("decision", "APPROVE", "comment", "go"));
    }

    static int blackout(String name, Instant start, Instant end, String zone, String recurrence,
            List<String> hosts, List<String> clusters) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "start", start.toString(), "end",
                end.toString(), "timeZone", zone, "reason", "quarter close", "hosts", hosts, "clusters", clusters));
        if (recurrence != null) {
            body.put("recurrence", recurrence);
        }
        return as("manager").body(body).post("/api/v1/blackouts").then().statusCode(201).extract().path("id");
    }

    /** Creates a feed as the user and answers its path, {@code /calendar/<token>.ics}. */
    static String feed(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/feeds").then().statusCode(201).extract().path("url");
    }

    static String fetch(String path) {
        return given().get(path).then().statusCode(200).contentType("text/calendar; charset=utf-8").extract()
                .asString();
    }

    static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException("not a valid iCalendar feed: " + e.getMessage(), e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    static Optional<VEvent> event(Calendar calendar, String uid) {
        return events(calendar).stream().filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false))
                .findFirst();
    }

    static String changeUid(int id) {
        return id + "@lull.invalid";
    }

    /** The instant of a date-time property, whatever form it was written in. */
    static Instant instant(VEvent event, String property) {
        return Instant.from(event.<DateProperty<?>>getRequiredProperty(property).getDate());
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> p.getValue()).orElse(null);
    }
}
