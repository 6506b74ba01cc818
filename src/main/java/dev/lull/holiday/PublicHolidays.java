package dev.lull.holiday;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.lull.platform.ApiProblem;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The public and bank holidays of a country and region, from Jollyday's maintained tables (observances, days
 * people still work, are left out). Plain Java; Jollyday caches one manager per country.
 */
final class PublicHolidays {

    private PublicHolidays() {
    }

    /** A 400 naming {@code country} or {@code region} unless Jollyday knows them; the region may be null. */
    static void requireKnown(String country, String region) {
        if (country == null) {
            if (region != null) {
                throw ApiProblem.invalid("region", "needs a country");
            }
            return;
        }
        if (!countries().contains(country.toUpperCase(Locale.ROOT))) {
            throw ApiProblem.invalid("country", "unknown or unsupported ISO 3166 country: " + country);
        }
        if (region != null && !regions(country).contains(region.toLowerCase(Locale.ROOT))) {
            throw ApiProblem.invalid("region", "unknown subdivision of " + country.toUpperCase(Locale.ROOT) + ": "
                    + region + "; known: " + String.join(", ", regions(country).stream().sorted().toList()));
        }
    }

    /** The holidays in {@code [from, to)}, by date; the country must be known. */
    static List<HolidayDate> between(String country, String region, LocalDate from, LocalDate to) {
        String source = source(country, region);
        String[] args = region == null ? new String[0] : new String[]{region.toLowerCase(Locale.ROOT)};
        return manager(country).getHolidays(from, to, args).stream()
                .filter(h -> h.getType() != HolidayType.OBSERVANCE)
                .filter(h -> h.getDate().isBefore(to))
                .sorted(Comparator.comparing(Holiday::getDate))
                .map(h -> new HolidayDate(h.getDate(), h.getDescription(Locale.ENGLISH), source)).toList();
    }

    /** "CH-ZH", or "CH" without a region. */
    static String source(String country, String region) {
        return (region == null ? country : country + "-" + region).toUpperCase(Locale.ROOT);
    }

    private static Set<String> countries() {
        return HolidayManager.getSupportedCalendarCodes();
    }

    private static Set<String> regions(String country) {
        return manager(country).getCalendarHierarchy().getChildren().keySet();
    }

    private static HolidayManager manager(String country) {
        return HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
    }
}
