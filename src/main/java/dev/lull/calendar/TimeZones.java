package dev.lull.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;

/** VTIMEZONE definitions from ical4j's bundled time-zone data, and how a blackout's times are written. */
final class TimeZones {
    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final Map<ZoneId, Optional<VTimeZone>> KNOWN = new ConcurrentHashMap<>();

    private TimeZones() {
    }

    /** The zone's definition; empty for UTC (written as UTC times) and for zones ical4j does not know. */
    static Optional<VTimeZone> definition(ZoneId zone) {
        return KNOWN.computeIfAbsent(zone, TimeZones::load).map(VTimeZone::copy);
    }

    /** The instant in the zone's local time (DTSTART;TZID=…), or in UTC when the zone has no definition. */
    static Temporal local(Instant instant, ZoneId zone) {
        return KNOWN.computeIfAbsent(zone, TimeZones::load).isPresent() ? instant.atZone(zone) : instant;
    }

    private static Optional<VTimeZone> load(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return Optional.empty();
        }
        TimeZone timeZone = REGISTRY.getTimeZone(zone.getId());
        return Optional.ofNullable(timeZone).map(TimeZone::getVTimeZone);
    }
}
