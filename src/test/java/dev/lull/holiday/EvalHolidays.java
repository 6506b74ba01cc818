package dev.lull.holiday;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** The Zürich holidays the proposals evaluation scores the appserver series against (CH-ZH and Easter Monday). */
public final class EvalHolidays {
    private EvalHolidays() {
    }

    /**
     * CH-ZH public holidays in {@code [from, to)}, plus Easter Monday, which Jollyday's Zürich table lacks (it has
     * Easter Sunday, a Sunday anyway).
     */
    public static Set<LocalDate> zurich(LocalDate from, LocalDate to) {
        Set<LocalDate> dates = new TreeSet<>();
        PublicHolidays.between("CH", "zh", from, to).forEach(holiday -> dates.add(holiday.date()));
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate easterMonday = easterSunday(year).plusDays(1);
            if (!easterMonday.isBefore(from) && easterMonday.isBefore(to)) {
                dates.add(easterMonday);
            }
        }
        return dates;
    }

    /** Western Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
