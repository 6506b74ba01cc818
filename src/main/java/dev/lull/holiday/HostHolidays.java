package dev.lull.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The holidays of one host in a period, on its local dates, and which of them a window touches. Plain Java. */
public record HostHolidays(ZoneId zone, List<HolidayDate> dates) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    public HostHolidays {
        dates = List.copyOf(dates);
    }

    /** A host without holidays. */
    public static HostHolidays none(ZoneId zone) {
        return new HostHolidays(zone, List.of());
    }

    /** The holidays whose local day (midnight to midnight on the host's clock) overlaps {@code [start, end)}. */
    public List<HolidayDate> touching(Instant start, Instant end) {
        return dates.stream().filter(d -> startOf(d.date()).isBefore(end) && endOf(d.date()).isAfter(start))
                .toList();
    }

    /** The distinct local dates that are holidays. */
    public Set<LocalDate> days() {
        return dates.stream().map(HolidayDate::date).collect(Collectors.toSet());
    }

    /** When the local day {@code date} begins on the host's clock. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** When the local day {@code date} ends on the host's clock. */
    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** "Mon 6 Apr is Easter Monday (CH-ZH)". */
    public static String describe(HolidayDate holiday) {
        return "%s is %s (%s)".formatted(DAY.format(holiday.date()), holiday.name(), holiday.source());
    }
}
