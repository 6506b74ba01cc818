package dev.lull.holiday;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.lull.platform.ApiProblem;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads the all-day events of an iCalendar (RFC 5545) text as custom holidays: each date from DTSTART to before DTEND
 * (one day without DTEND), named by SUMMARY. Timed events are skipped and counted; recurring ones are refused. Plain
 * Java.
 */
final class IcsHolidays {
    /** The most VEVENTs a calendar may hold. */
    static final int MAX_EVENTS = 2_000;
    /** The most days one event may span. */
    static final int MAX_EVENT_DAYS = 31;
    /** The most days a calendar may give in all. */
    static final int MAX_DAYS = 5_000;
    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final String FIELD = "body";

    private IcsHolidays() {
    }

    /** What an import found: the holidays, how many events it read and how many timed ones it skipped. */
    record Found(List<HolidayDay> days, int events, int skipped) {
    }

    /** The holidays of {@code text}, or a 400 naming the body and the line or event at fault. */
    static Found read(String text) {
        Calendar calendar = parse(text);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        if (events.size() > MAX_EVENTS) {
            throw ApiProblem.invalid(FIELD, "holds " + events.size() + " events; at most " + MAX_EVENTS);
        }
        List<HolidayDay> days = new ArrayList<>();
        int skipped = 0;
        for (VEvent event : events) {
            List<HolidayDay> dates = dates(event);
            skipped += dates == null ? 1 : 0;
            days.addAll(dates == null ? List.of() : dates);
            if (days.size() > MAX_DAYS) {
                throw ApiProblem.invalid(FIELD, "gives more than " + MAX_DAYS + " days in all");
            }
        }
        return new Found(days, events.size(), skipped);
    }

    private static Calendar parse(String text) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.invalid(FIELD, "must be an iCalendar (text/calendar) starting with BEGIN:VCALENDAR");
        }
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw ApiProblem.invalid(FIELD, "is not valid iCalendar at line " + e.getLineNo() + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw ApiProblem.invalid(FIELD, "is not valid iCalendar: " + e.getMessage());
        }
    }

    /** The dates of an all-day event, or null for a timed one. */
    private static List<HolidayDay> dates(VEvent event) {
        String summary = value(event, Property.SUMMARY).map(String::strip).orElse("");
        String what = "event " + (summary.isEmpty() ? value(event, Property.UID).orElse("without SUMMARY") : summary);
        if (event.getProperty(Property.RRULE).isPresent() || event.getProperty(Property.RDATE).isPresent()) {
            throw ApiProblem.invalid(FIELD, what + " recurs (RRULE/RDATE); give each holiday as its own event");
        }
        String start = value(event, Property.DTSTART)
                .orElseThrow(() -> ApiProblem.invalid(FIELD, what + " has no DTSTART"));
        if (!isDate(start)) {
            return null;
        }
        if (summary.isEmpty() || summary.length() > 100) {
            throw ApiProblem.invalid(FIELD, what + " needs a SUMMARY of 1 to 100 characters (the holiday's name)");
        }
        LocalDate first = date(what, start);
        Optional<String> endValue = value(event, Property.DTEND);
        LocalDate end = endValue.isPresent() ? date(what, endValue.get()) : first.plusDays(1);
        long span = ChronoUnit.DAYS.between(first, end);
        if (span < 1 || span > MAX_EVENT_DAYS) {
            throw ApiProblem.invalid(FIELD, what + " must end 1 to " + MAX_EVENT_DAYS + " days after it starts");
        }
        return first.datesUntil(end).map(date -> new HolidayDay(date, summary)).toList();
    }

    private static Optional<String> value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue);
    }

    private static boolean isDate(String value) {
        return value.strip().length() == 8;
    }

    private static LocalDate date(String what, String value) {
        try {
            LocalDate date = LocalDate.parse(value.strip(), DateTimeFormatter.BASIC_ISO_DATE);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw ApiProblem.invalid(FIELD, what + " must lie between " + EARLIEST + " and " + LATEST);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(FIELD, what + " has a bad date " + value + "; all-day dates look like 20261225");
        }
    }
}
