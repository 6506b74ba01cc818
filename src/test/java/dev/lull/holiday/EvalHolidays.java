package dev.lull.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** The Zürich holidays the proposals evaluation scores the appserver series against (CH-ZH and Easter Monday). */
public final class EvalHolidays {
    private EvalHolidays() {
    }

    /** CH-ZH public holidays in {@code [from, to)}, plus Easter Monday, which Jollyday's Zürich table lacks. */
    public static Set<LocalDate> zurich(LocalDate from, LocalDate to) {
        Set<LocalDate> dates = new TreeSet<>();
        PublicHolidays.between("CH", "zh", from, to).forEach(holiday -> dates.add(holiday.date()));
        PublicHolidays.between("CH", null, from, to).stream().map(HolidayDate::date)
                .filter(date -> date.getDayOfWeek() == DayOfWeek.MONDAY && date.getMonthValue() <= 4)
                .forEach(dates::add);
        return dates;
    }
}
