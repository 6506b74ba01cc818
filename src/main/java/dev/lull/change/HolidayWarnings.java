package dev.lull.change;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.lull.holiday.HolidayDate;
import dev.lull.holiday.HostHolidays;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.ConflictKind;
import dev.lull.schedule.Interval;

/** The holidays a change's window touches on its hosts' clocks, as warnings (never refusals). Plain Java. */
final class HolidayWarnings {

    private HolidayWarnings() {
    }

    /** One warning per holiday the window touches, naming the hosts it falls on; by date. */
    static List<Conflict> of(Interval window, Map<String, HostHolidays> holidaysByHost) {
        Map<HolidayDate, List<String>> hostsByHoliday = new TreeMap<>(
                Comparator.comparing(HolidayDate::date).thenComparing(HolidayDate::source)
                        .thenComparing(HolidayDate::name));
        holidaysByHost.forEach((host, holidays) -> holidays.touching(window.start(), window.end())
                .forEach(h -> hostsByHoliday.computeIfAbsent(h, k -> new ArrayList<>()).add(host)));
        List<Conflict> warnings = new ArrayList<>();
        hostsByHoliday.forEach((holiday, hosts) -> warnings.add(new Conflict(ConflictKind.HOLIDAY,
                "the window touches a holiday: " + HostHolidays.describe(holiday) + " on " + String.join(", ", hosts),
                Conflict.details("date", holiday.date(), "name", holiday.name(), "source", holiday.source(),
                        "hosts", List.copyOf(hosts)))));
        return warnings;
    }
}
