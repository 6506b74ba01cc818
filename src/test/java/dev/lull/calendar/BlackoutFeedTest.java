package dev.lull.calendar;

import static dev.lull.Api.clockAt;
import static dev.lull.calendar.CalendarFixtures.blackout;
import static dev.lull.calendar.CalendarFixtures.cluster;
import static dev.lull.calendar.CalendarFixtures.event;
import static dev.lull.calendar.CalendarFixtures.events;
import static dev.lull.calendar.CalendarFixtures.feed;
import static dev.lull.calendar.CalendarFixtures.fetch;
import static dev.lull.calendar.CalendarFixtures.host;
import static dev.lull.calendar.CalendarFixtures.instant;
import static dev.lull.calendar.CalendarFixtures.parse;
import static dev.lull.calendar.CalendarFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BlackoutFeedTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** These tests are about named nights of 2031, so they stand at a fixed instant before them, not the suite's. */
    private static final Instant MARCH_2031 = Instant.parse("2031-03-03T08:00:00Z");

    @BeforeEach
    void now() {
        clockAt(MARCH_2031);
    }

    @Test
    void a_nightly_freeze_at_two_thirty_in_paris_survives_the_spring_forward_night() {
        String host = host(null);
        Instant first = ZonedDateTime.parse("2031-03-28T02:30:00+01:00[Europe/Paris]").toInstant();
        int id = blackout("backup window", first, first.plusSeconds(3600), "Europe/Paris", "FREQ=DAILY;COUNT=4",
                List.of(host), List.of());
        Calendar calendar = parse(fetch(feed("viewer", Map.of("scope", Map.of("host", host)))));
        VEvent event = event(calendar, "blackout-" + id + "@lull.invalid").orElseThrow();
        assertThat(event.getRequiredProperty("DTSTART").toString().trim())
                .isEqualTo("DTSTART;TZID=Europe/Paris:20310328T023000");
        assertThat(value(event, "RRULE")).isEqualTo("FREQ=DAILY;COUNT=4");
        assertThat(value(event, "CATEGORIES")).isEqualTo("BLACKOUT");
        VTimeZone paris = calendar.<VTimeZone>getComponents("VTIMEZONE").stream()
                .filter(zone -> zone.getTimeZoneId().getValue().equals("Europe/Paris")).findFirst().orElseThrow();
        assertThat(paris.getObservances()).as("only the two observances in effect in the feed's span").hasSize(2);
        assertThat(paris.getObservances()).anyMatch(o -> o.getName().equals("DAYLIGHT")
                && o.getRequiredProperty("TZOFFSETTO").getValue().equals("+0200")
                && o.getProperty("RRULE").map(r -> r.getValue().contains("BYDAY=-1SU")).orElse(false));
        List<Instant> starts = event.<ZonedDateTime>calculateRecurrenceSet(new Period<>(
                ZonedDateTime.parse("2031-03-27T00:00:00Z"), ZonedDateTime.parse("2031-04-02T00:00:00Z")))
                .stream().map(period -> Instant.from(period.getStart())).toList();
        assertThat(starts).containsExactly(Instant.parse("2031-03-28T01:30:00Z"),
                Instant.parse("2031-03-29T01:30:00Z"), Instant.parse("2031-03-30T01:30:00Z"),
                Instant.parse("2031-03-31T00:30:00Z"));
        assertThat(starts.get(2).atZone(PARIS).toLocalTime()).hasToString("03:30");
    }

    @Test
    void a_freeze_whose_local_length_changes_with_the_clocks_gets_its_own_occurrence() {
        String host = host(null);
        Instant first = ZonedDateTime.parse("2031-03-27T22:00:00+01:00[Europe/Paris]").toInstant();
        int id = blackout("night freeze", first, first.plusSeconds(8 * 3600), "Europe/Paris", "FREQ=DAILY;COUNT=4",
                List.of(host), List.of());
        String uid = "blackout-" + id + "@lull.invalid";
        List<VEvent> mine = events(parse(fetch(feed("viewer", Map.of("scope", Map.of("host", host))))))
                .stream().filter(e -> e.getUid().orElseThrow().getValue().equals(uid)).toList();
        assertThat(mine).hasSize(2);
        VEvent shortNight = mine.get(1);
        assertThat(value(shortNight, "RECURRENCE-ID")).isEqualTo("20310329T220000");
        assertThat(instant(shortNight, "DTEND")).isEqualTo(Instant.parse("2031-03-30T04:00:00Z"));
        assertThat(shortNight.getProperty("RRULE")).isEmpty();
    }

    @Test
    void blackouts_follow_the_scope_and_can_be_left_out() {
        String cluster = cluster();
        String member = host(cluster);
        String outsider = host(null);
        Instant start = Instant.parse("2031-03-10T18:00:00Z");
        int onCluster = blackout("cluster freeze", start, start.plusSeconds(7200), "UTC", null, List.of(),
                List.of(cluster));
        int onOutsider = blackout("other freeze", start, start.plusSeconds(7200), "UTC", null, List.of(outsider),
                List.of());
        Calendar memberFeed = parse(fetch(feed("viewer", Map.of("scope", Map.of("host", member)))));
        assertThat(event(memberFeed, "blackout-" + onCluster + "@lull.invalid")).isPresent();
        assertThat(event(memberFeed, "blackout-" + onOutsider + "@lull.invalid")).isEmpty();
        VEvent utc = event(memberFeed, "blackout-" + onCluster + "@lull.invalid").orElseThrow();
        assertThat(value(utc, "DTSTART")).isEqualTo("20310310T180000Z");
        assertThat(value(utc, "SUMMARY")).isEqualTo("Change freeze: cluster freeze");
        Calendar without = parse(fetch(feed("viewer", Map.of("scope", Map.of("host", member),
                "includeBlackouts", false))));
        assertThat(event(without, "blackout-" + onCluster + "@lull.invalid")).isEmpty();
    }
}
