package dev.lull.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.lull.schedule.Interval;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DtEnd;
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

    /**
     * The feed as RFC 5545 text, CRLF line endings, long lines folded; each VTIMEZONE covers the feed's range and the
     * times of the events written in that zone.
     */
    static String render(String name, Duration refresh, Interval range, List<FeedEntry> entries) {
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
        spans(ordered, range).forEach((zone, span) -> TimeZones.definition(zone, span).ifPresent(calendar::add));
        ordered.forEach(entry -> entry.events().forEach(calendar::add));
        return text(calendar);
    }

    /** The zones the events are written in, each with the span from the earliest time in it to the latest. */
    private static Map<ZoneId, Interval> spans(List<FeedEntry> entries, Interval range) {
        Map<ZoneId, Interval> spans = new TreeMap<>(Comparator.comparing(ZoneId::getId));
        entries.stream().flatMap(entry -> entry.events().stream()).forEach(event -> {
            if (event.getDateTimeStart().getDate() instanceof ZonedDateTime start) {
                Instant end = event.<ZonedDateTime>getEndDate(false).map(DtEnd::getDate).map(Instant::from)
                        .orElse(start.toInstant());
                spans.merge(start.getZone(), union(range, start.toInstant(), end), FeedCalendar::union);
            }
        });
        return spans;
    }

    private static Interval union(Interval a, Interval b) {
        return union(a, b.start(), b.end());
    }

    private static Interval union(Interval span, Instant start, Instant end) {
        return new Interval(start.isBefore(span.start()) ? start : span.start(),
                end.isAfter(span.end()) ? end : span.end());
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
