package dev.lull.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A holiday calendar as it applies to a cluster or host: {@code scope} says whose calendar it is (a host without its
 * own shows its cluster's), and {@code dates} lists its holidays from {@code from} to before {@code to}, local dates
 * on the host's clock ({@code timeZone}; none for a cluster). {@code days} are the custom days given by hand,
 * {@code importedDays} those of the last ICS import.
 */
public record HolidayView(String scope, String name, String country, String region, List<HolidayDay> days,
        List<HolidayDay> importedDays, String timeZone, LocalDate from, LocalDate to, List<HolidayDate> dates,
        String updatedBy,
        Instant updatedAt) {

    static HolidayView of(HolidayCalendar calendar, String timeZone, LocalDate from, LocalDate to) {
        HolidayRule rule = calendar.rule();
        return new HolidayView(calendar.scopeKind.toUpperCase(Locale.ROOT), calendar.scopeName, rule.country(),
                rule.region(), calendar.days(false), calendar.days(true), timeZone, from, to, rule.between(from, to),
                calendar.updatedBy,
                calendar.updatedAt);
    }
}
