package dev.lull.proposal;

import java.util.List;
import java.util.stream.Collectors;

import dev.lull.holiday.HolidayDate;
import dev.lull.holiday.HostHolidays;
import dev.lull.schedule.Interval;

/** The host's holidays in a proposal period: the local days no window may touch, and the line that says so. */
record HolidaySkips(HostHolidays holidays, Interval period) {

    /** The local days of the holidays that overlap the period. */
    List<Interval> avoided() {
        return skipped().stream().map(HolidayDate::date).distinct()
                .map(d -> new Interval(holidays.startOf(d), holidays.endOf(d))).toList();
    }

    /** The proposal with "Mon 6 Apr is Easter Monday (CH-ZH): skipped" added to each reason; as is without any. */
    Proposal annotate(Proposal proposal) {
        List<HolidayDate> skipped = skipped();
        if (skipped.isEmpty()) {
            return proposal;
        }
        String note = skipped.stream().map(HostHolidays::describe).collect(Collectors.joining("; ")) + ": skipped";
        List<Candidate> candidates = proposal.candidates().stream().map(c -> new Candidate(c.start(), c.end(),
                c.localStart(), c.localEnd(), c.expectedMessages(), c.expectedPeakRatio(), c.p90Messages(),
                c.confidence(), c.reason() + "; " + note)).toList();
        return new Proposal(proposal.timeZone(), proposal.duration(), proposal.from(), proposal.to(),
                proposal.basis(), candidates);
    }

    private List<HolidayDate> skipped() {
        return holidays.touching(period.start(), period.end());
    }
}
