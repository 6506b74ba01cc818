package dev.lull.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Assembles a whole feed: the calendar's name and refresh hints, the VTIMEZONEs used, then the events in order. */
final class FeedCalendar {
    static final String PRODUCT = "-//Lull//Maintenance calendar feeds//EN";

    private FeedCalendar() {
    }

    /** The feed as RFC 5545 text, CRLF line endings, long lines folded. */
    static String render(String name, Duration refresh, List<FeedEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new Name(name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), refresh));
        calendar.add(new XProperty("X-PUBLISHED-TTL", refresh.toString()));
        List<FeedEntry> ordered = entries.stream().sorted(FeedEntry.ORDER).toList();
        zones(ordered).forEach(zone -> TimeZones.definition(zone).ifPresent(calendar::add));
        ordered.forEach(entry -> entry.events().forEach(calendar::add));
        return text(calendar);
    }

    private static TreeSet<ZoneId> zones(List<FeedEntry> entries) {
        TreeSet<ZoneId> zones = new TreeSet<>(Comparator.comparing(ZoneId::getId));
        entries.stream().flatMap(entry -> entry.events().stream()).map(FeedCalendar::zone).filter(Objects::nonNull)
                .forEach(zones::add);
        return zones;
    }

    private static ZoneId zone(VEvent event) {
        return event.getDateTimeStart().getDate() instanceof ZonedDateTime start ? start.getZone() : null;
    }

    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
