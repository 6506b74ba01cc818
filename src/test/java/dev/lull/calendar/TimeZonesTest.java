package dev.lull.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lull.schedule.Interval;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimeZonesTest {
    private static final Interval SPAN = new Interval(Instant.parse("2026-11-01T08:00:00Z"),
            Instant.parse("2027-12-01T08:00:00Z"));

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe",
            "Asia/Tehran", "Africa/Casablanca", "Pacific/Apia"})
    void the_cut_definition_gives_every_instant_of_the_span_the_offset_of_the_whole_one(String id) {
        TimeZone cut = new TimeZone(TimeZones.definition(ZoneId.of(id), SPAN).orElseThrow());
        TimeZone whole = new TimeZone(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(id)
                .getVTimeZone());
        for (Instant at = SPAN.start(); at.isBefore(SPAN.end()); at = at.plus(Duration.ofMinutes(30))) {
            assertThat(cut.getOffset(at.toEpochMilli())).as("%s at %s", id, at)
                    .isEqualTo(whole.getOffset(at.toEpochMilli()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "Africa/Casablanca"})
    void it_keeps_no_onset_dates_from_long_before_or_after_the_span(String id) {
        VTimeZone cut = TimeZones.definition(ZoneId.of(id), SPAN).orElseThrow();
        assertThat(cut.getObservances()).isNotEmpty();
        for (Observance observance : cut.getObservances()) {
            observance.getProperties(Property.RDATE).forEach(rdate -> assertThat(rdate.getValue().substring(0, 4))
                    .isBetween("2025", "2028"));
        }
        assertThat(cut.toString()).doesNotContain("1916", "1940");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris"})
    void a_zone_with_yearly_rules_keeps_just_its_current_two_observances(String id) {
        VTimeZone cut = TimeZones.definition(ZoneId.of(id), SPAN).orElseThrow();
        assertThat(cut.getObservances()).extracting(Observance::getName).containsExactlyInAnyOrder("DAYLIGHT",
                "STANDARD");
    }
}
