package dev.lull.holiday;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an ICS import did: the events it read, the timed ones it skipped, the days it imported, and the calendar. */
@Schema(description = "The result of an ICS import: events read, timed events skipped, holiday days imported (they "
        + "replace the previously imported ones), and the calendar as it now is")
public record HolidayImport(int events, int skipped, int days, HolidayView calendar) {
}
