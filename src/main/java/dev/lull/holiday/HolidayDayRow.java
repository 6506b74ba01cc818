package dev.lull.holiday;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored custom day of a holiday calendar. */
@Embeddable
public class HolidayDayRow {
    @Column(name = "date")
    public LocalDate date;
    public String name;
    /** Whether it came from an ICS import (the next import replaces these). */
    public boolean imported;

    static HolidayDayRow of(HolidayDay day, boolean imported) {
        HolidayDayRow row = new HolidayDayRow();
        row.date = day.date();
        row.name = day.name();
        row.imported = imported;
        return row;
    }

    HolidayDay day() {
        return new HolidayDay(date, name);
    }
}
