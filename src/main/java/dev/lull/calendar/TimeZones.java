package dev.lull.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.lull.schedule.Interval;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * VTIMEZONE definitions from ical4j's bundled time-zone data, cut to the span a feed covers, and how a blackout's
 * times are written.
 */
final class TimeZones {
    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final Map<ZoneId, Optional<VTimeZone>> KNOWN = new ConcurrentHashMap<>();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private TimeZones() {
    }

    /**
     * The zone's definition for the times in {@code span}: only the observances in effect at some time of it (the one
     * at its start and those beginning inside it), without the dates of their onsets long outside it. Empty for UTC
     * (written as UTC times) and for zones ical4j does not know.
     */
    static Optional<VTimeZone> definition(ZoneId zone, Interval span) {
        return KNOWN.computeIfAbsent(zone, TimeZones::load).map(full -> within(full, span));
    }

    /** The instant in the zone's local time (DTSTART;TZID=…), or in UTC when the zone has no definition. */
    static Temporal local(Instant instant, ZoneId zone) {
        return KNOWN.computeIfAbsent(zone, TimeZones::load).isPresent() ? instant.atZone(zone) : instant;
    }

    private static VTimeZone within(VTimeZone full, Interval span) {
        OffsetDateTime from = span.start().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = span.end().atOffset(ZoneOffset.UTC);
        Observance first = full.getApplicableObservance(from);
        Instant keepFrom = Optional.ofNullable(first).map(o -> o.getLatestOnset(from)).map(OffsetDateTime::toInstant)
                .orElse(span.start());
        Interval kept = new Interval(keepFrom.minus(1, ChronoUnit.DAYS), span.end().plus(1, ChronoUnit.DAYS));
        List<Observance> observances = full.getObservances().stream()
                .filter(o -> o == first || startsWithin(o, from, to)).map(o -> withoutDatesOutside(o, kept)).toList();
        VTimeZone cut = full.copy();
        cut.setComponentList(new ComponentList<>(observances));
        return cut;
    }

    private static boolean startsWithin(Observance observance, OffsetDateTime from, OffsetDateTime to) {
        OffsetDateTime latest = observance.getLatestOnset(to);
        return latest != null && latest.isAfter(from);
    }

    /** The observance without the RDATEs of onsets outside {@code kept} (local times, a day of margin each side). */
    private static Observance withoutDatesOutside(Observance observance, Interval kept) {
        Observance copy = (Observance) observance.copy();
        copy.getProperties(Property.RDATE).stream()
                .filter(rdate -> Arrays.stream(rdate.getValue().split(",")).noneMatch(date -> inside(date, kept)))
                .forEach(copy::remove);
        return copy;
    }

    private static boolean inside(String localDate, Interval kept) {
        Instant at = LocalDateTime.parse(localDate.replace("Z", ""), LOCAL).toInstant(ZoneOffset.UTC);
        return !at.isBefore(kept.start()) && !at.isAfter(kept.end());
    }

    private static Optional<VTimeZone> load(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return Optional.empty();
        }
        TimeZone timeZone = REGISTRY.getTimeZone(zone.getId());
        return Optional.ofNullable(timeZone).map(TimeZone::getVTimeZone);
    }
}
