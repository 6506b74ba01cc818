package dev.lull.calendar;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.calendar.CalendarFixtures.T0;
import static dev.lull.calendar.CalendarFixtures.act;
import static dev.lull.calendar.CalendarFixtures.change;
import static dev.lull.calendar.CalendarFixtures.changeUid;
import static dev.lull.calendar.CalendarFixtures.days;
import static dev.lull.calendar.CalendarFixtures.event;
import static dev.lull.calendar.CalendarFixtures.feed;
import static dev.lull.calendar.CalendarFixtures.fetch;
import static dev.lull.calendar.CalendarFixtures.host;
import static dev.lull.calendar.CalendarFixtures.instant;
import static dev.lull.calendar.CalendarFixtures.parse;
import static dev.lull.calendar.CalendarFixtures.person;
import static dev.lull.calendar.CalendarFixtures.role;
import static dev.lull.calendar.CalendarFixtures.schedule;
import static dev.lull.calendar.CalendarFixtures.value;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeFeedTest {
    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @BeforeEach
    void now() {
        clockAt(T0);
        person("requester", "Rita Quester", "rita@example.org");
        person("dba", "Dana Bauer", "dana@example.org");
    }

    @Test
    void the_calendar_names_itself_and_asks_to_be_refreshed() {
        String host = host(null);
        Calendar calendar = parse(fetch(feed("viewer", Map.of("scope", Map.of("host", host)))));
        assertThat(calendar.getProductId().getValue()).isEqualTo(FeedCalendar.PRODUCT);
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getProperty(Property.CALSCALE).orElseThrow().getValue()).isEqualTo("GREGORIAN");
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Lull: host " + host);
        assertThat(calendar.getProperty("NAME").orElseThrow().getValue()).isEqualTo("Lull: host " + host);
        Property refresh = calendar.getProperty("REFRESH-INTERVAL").orElseThrow();
        assertThat(refresh.getValue()).isEqualTo("PT1H");
        assertThat(refresh.getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DURATION");
        assertThat(calendar.getProperty("X-PUBLISHED-TTL").orElseThrow().getValue()).isEqualTo("PT1H");
    }

    @Test
    void a_scheduled_change_is_a_confirmed_event_with_its_people_plan_and_link() {
        String host = host(null);
        String dbas = role("dba", "ops");
        int id = change("Patch the primary", List.of(host), days(3), Duration.ofHours(4), dbas);
        schedule(id, dbas, "dba");
        VEvent event = event(parse(fetch(feed("viewer", Map.of("scope", Map.of("host", host))))), changeUid(id))
                .orElseThrow();
        assertThat(instant(event, "DTSTART")).isEqualTo(days(3));
        assertThat(value(event, "DTSTART")).endsWith("Z");
        assertThat(instant(event, "DTEND")).isEqualTo(days(3).plus(Duration.ofHours(4)));
        assertThat(value(event, "DTSTAMP")).isEqualTo(ICS_UTC.format(T0));
        assertThat(value(event, "LAST-MODIFIED")).isEqualTo(ICS_UTC.format(T0));
        assertThat(value(event, "SUMMARY")).isEqualTo("Patch the primary (" + host + ")");
        assertThat(value(event, "CATEGORIES")).isEqualTo("NORMAL");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(event, "SEQUENCE")).isEqualTo("3");
        assertThat(value(event, "URL")).isEqualTo("http://localhost:8080/changes/" + id);
        assertThat(value(event, "DESCRIPTION")).contains("NORMAL change " + id + ", state SCHEDULED",
                "Requested by Rita Quester", "1. work of " + dbas + " (" + dbas + ": Dana Bauer, ops, 1 h)",
                dbas + ": APPROVED by Dana Bauer", "Details: http://localhost:8080/changes/" + id);
        Property organizer = event.getRequiredProperty("ORGANIZER");
        assertThat(organizer.getValue()).isEqualTo("mailto:rita@example.org");
        assertThat(organizer.getParameter("CN").orElseThrow().getValue()).isEqualTo("Rita Quester");
        List<Property> attendees = event.getProperties("ATTENDEE");
        assertThat(attendees).extracting(Property::getValue).containsExactly("mailto:dana@example.org");
        assertThat(attendees.get(0).getParameter("PARTSTAT").orElseThrow().getValue()).isEqualTo("ACCEPTED");
    }

    @Test
    void a_change_is_tentative_before_it_is_scheduled_and_hidden_when_tentative_ones_are_not_wanted() {
        String host = host(null);
        int id = change("Resize disks", List.of(host), days(4), Duration.ofHours(2), role("dba"));
        String all = feed("viewer", Map.of("scope", Map.of("host", host)));
        String firm = feed("viewer", Map.of("scope", Map.of("host", host), "includeTentative", false));
        assertThat(value(event(parse(fetch(all)), changeUid(id)).orElseThrow(), "STATUS")).isEqualTo("TENTATIVE");
        assertThat(event(parse(fetch(firm)), changeUid(id))).isEmpty();
    }

    @Test
    void a_rescheduled_change_keeps_its_uid_and_raises_its_sequence() {
        String host = host(null);
        String dbas = role("dba");
        int id = change("Move racks", List.of(host), days(3), Duration.ofHours(4), dbas);
        String url = feed("viewer", Map.of("scope", Map.of("host", host)));
        int created = sequence(url, id);
        schedule(id, dbas, "dba");
        int scheduled = sequence(url, id);
        as("requester").header("If-Match", "*")
                .body(Map.of("start", days(5).toString(), "end", days(5).plus(Duration.ofHours(4)).toString()))
                .put("/api/v1/changes/{id}/window", id).then().statusCode(200);
        VEvent moved = event(parse(fetch(url)), changeUid(id)).orElseThrow();
        assertThat(created).isZero();
        assertThat(scheduled).isGreaterThan(created);
        assertThat(Integer.parseInt(value(moved, "SEQUENCE"))).isGreaterThan(scheduled);
        assertThat(instant(moved, "DTSTART")).isEqualTo(days(5));
        assertThat(value(moved, "STATUS")).isEqualTo("TENTATIVE");
    }

    @Test
    void a_canceled_change_stays_cancelled_for_thirty_days_then_leaves_the_feed() {
        String host = host(null);
        String dbas = role("dba");
        int id = change("Swap fans", List.of(host), days(20), Duration.ofHours(2), dbas);
        String url = feed("viewer", Map.of("scope", Map.of("host", host), "includeTentative", false));
        schedule(id, dbas, "dba");
        int scheduled = sequence(url, id);
        act("requester", id, "cancel", Map.of("reason", "hardware arrived late"));
        VEvent canceled = event(parse(fetch(url)), changeUid(id)).orElseThrow();
        assertThat(value(canceled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(canceled, "SEQUENCE"))).isGreaterThan(scheduled);
        assertThat(value(canceled, "DESCRIPTION")).contains("Canceled: hardware arrived late");
        clockAt(days(29));
        assertThat(event(parse(fetch(url)), changeUid(id))).isPresent();
        clockAt(days(31));
        assertThat(event(parse(fetch(url)), changeUid(id))).isEmpty();
    }

    @Test
    void a_change_canceled_before_it_was_ever_scheduled_stays_out_of_a_firm_feed() {
        String host = host(null);
        int id = change("Never mind", List.of(host), days(6), Duration.ofHours(2), role("dba"));
        act("requester", id, "submit", null);
        act("requester", id, "cancel", Map.of("reason", "not needed"));
        String firm = feed("viewer", Map.of("scope", Map.of("host", host), "includeTentative", false));
        String all = feed("viewer", Map.of("scope", Map.of("host", host)));
        assertThat(event(parse(fetch(firm)), changeUid(id))).isEmpty();
        assertThat(value(event(parse(fetch(all)), changeUid(id)).orElseThrow(), "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void a_change_canceled_before_it_was_ever_submitted_is_never_published() {
        String host = host(null);
        int id = change("Typo", List.of(host), days(6), Duration.ofHours(2), role("dba"));
        String all = feed("viewer", Map.of("scope", Map.of("host", host)));
        assertThat(value(event(parse(fetch(all)), changeUid(id)).orElseThrow(), "STATUS")).isEqualTo("TENTATIVE");
        act("requester", id, "cancel", Map.of("reason", "created by mistake"));
        assertThat(event(parse(fetch(all)), changeUid(id))).isEmpty();
    }

    @Test
    void only_changes_from_thirty_days_back_to_a_year_ahead_are_shown() {
        String host = host(null);
        int soon = change("Soon", List.of(host), days(2), Duration.ofHours(1), role("dba"));
        int far = change("Far", List.of(host), days(300), Duration.ofHours(1), role("dba"));
        String url = feed("viewer", Map.of("scope", Map.of("host", host)));
        clockAt(days(40));
        Calendar later = parse(fetch(url));
        assertThat(event(later, changeUid(soon))).isEmpty();
        assertThat(event(later, changeUid(far))).isPresent();
        clockAt(days(-70));
        assertThat(event(parse(fetch(url)), changeUid(far))).isEmpty();
    }

    @Test
    void an_unchanged_feed_answers_304_to_its_etag() {
        String host = host(null);
        change("Tune kernel", List.of(host), days(3), Duration.ofHours(1), role("dba"));
        String url = feed("viewer", Map.of("scope", Map.of("host", host)));
        var first = given().get(url).then().statusCode(200).extract();
        String etag = first.header("ETag");
        assertThat(etag).matches("\"v" + T0.getEpochSecond() + "-[0-9a-f]{16}\"");
        assertThat(first.header("Last-Modified")).isEqualTo(HTTP_DATE.format(T0));
        given().header("If-None-Match", etag).get(url).then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "W/" + etag).get(url).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get(url).then().statusCode(200).header("ETag", etag);
        clockAt(days(1));
        change("Tune more", List.of(host), days(4), Duration.ofHours(1), role("dba"));
        given().header("If-None-Match", etag).get(url).then().statusCode(200)
                .header("Last-Modified", HTTP_DATE.format(days(1)));
    }

    private static int sequence(String url, int id) {
        return Integer.parseInt(value(event(parse(fetch(url)), changeUid(id)).orElseThrow(), "SEQUENCE"));
    }

}
