package dev.lull.holiday;

import java.time.LocalDate;

/** One holiday on a local date, with its name and where it comes from ("CH-ZH", or "custom"). */
public record HolidayDate(LocalDate date, String name, String source) {
    static final String CUSTOM = "custom";
}
