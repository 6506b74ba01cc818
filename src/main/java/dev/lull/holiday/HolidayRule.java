package dev.lull.holiday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.lull.platform.ApiProblem;

/** What a calendar says is a holiday: a country's (and region's) public holidays plus custom days. Plain Java. */
public record HolidayRule(String country, String region, List<HolidayDay> days) {
    /** No holidays at all. */
    public static final HolidayRule NONE = new HolidayRule(null, null, List.of());

    public HolidayRule {
        days = List.copyOf(days);
    }

    /** The rule of a body, or a 400 naming the field Jollyday does not know (country, region). */
    static HolidayRule of(HolidayBody body) {
        PublicHolidays.requireKnown(body.country(), body.region());
        List<HolidayDay> days = body.days() == null
                ? List.of()
                : body.days().stream().sorted(Comparator.comparing(HolidayDay::date)).toList();
        if (body.country() == null && days.isEmpty()) {
            throw ApiProblem.invalid("country", "give a country, custom days, or both");
        }
        return new HolidayRule(body.country() == null ? null : body.country().toUpperCase(Locale.ROOT),
                body.region() == null ? null : body.region().toLowerCase(Locale.ROOT), days);
    }

    /** The holidays on local dates in {@code [from, to)}, by date, public ones before custom ones on the same day. */
    public List<HolidayDate> between(LocalDate from, LocalDate to) {
        List<HolidayDate> dates = new ArrayList<>();
        if (country != null) {
            dates.addAll(PublicHolidays.between(country, region, from, to));
        }
        days.stream().filter(d -> !d.date().isBefore(from) && d.date().isBefore(to))
                .map(d -> new HolidayDate(d.date(), d.name(), HolidayDate.CUSTOM)).forEach(dates::add);
        dates.sort(Comparator.comparing(HolidayDate::date));
        return dates;
    }

    /** "CH-ZH", "CH", or "custom" for a calendar of custom days only. */
    public String label() {
        return country == null ? HolidayDate.CUSTOM : PublicHolidays.source(country, region);
    }
}
