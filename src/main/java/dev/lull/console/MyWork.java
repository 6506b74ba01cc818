package dev.lull.console;

import java.util.List;

import dev.lull.change.ChangeSummary;

/** What waits for one person: approvals by role ownership, authorizations, steps to mark done, their own requests. */
public record MyWork(List<ChangeSummary> approvals, List<ChangeSummary> authorizations, List<ChangeSummary> steps,
        List<ChangeSummary> requested) {

    /** Where a person's work comes from; the seam for the {@code /me/work} application service once it lands. */
    public interface Source {
        MyWork of(dev.lull.change.Caller caller);
    }
}
