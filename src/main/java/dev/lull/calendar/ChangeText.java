package dev.lull.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.lull.change.ApprovalRow;
import dev.lull.change.ChangeRequest;
import dev.lull.change.OwnerView;
import dev.lull.change.OwningTeams;
import dev.lull.change.StepRow;

/**
 * The plain-text DESCRIPTION of a change's event: type, state, load watch of an open window, hosts, owning teams, plan with role owners, approvals,
 * link.
 */
final class ChangeText {
    private ChangeText() {
    }

    static String describe(ChangeRequest change, Directory directory, String link, String watch) {
        StringBuilder text = new StringBuilder();
        text.append(change.type).append(" change ").append(change.id).append(", state ").append(change.status)
                .append('\n');
        if (watch != null) {
            text.append(watch).append('\n');
        }
        text.append("Hosts: ").append(String.join(", ", new TreeSet<>(change.hosts))).append('\n');
        text.append("Requested by ").append(directory.name(change.requester)).append('\n');
        OwningTeams.of(change.hosts).forEach(team -> text.append(owner(team, directory)).append('\n'));
        if (change.cancelReason != null) {
            text.append("Canceled: ").append(change.cancelReason).append('\n');
        }
        text.append("Plan:\n");
        for (int i = 0; i < change.steps.size(); i++) {
            text.append(i + 1).append(". ").append(step(change.steps.get(i), directory)).append('\n');
        }
        text.append("Approvals:").append(change.approvals.isEmpty() ? " none\n" : "\n");
        change.approvals.forEach(approval -> text.append("- ").append(approval(approval, directory)).append('\n'));
        return text.append("Details: ").append(link).toString();
    }

    private static String owner(OwnerView team, Directory directory) {
        List<String> who = new ArrayList<>();
        if (team.role() != null) {
            who.add(team.role() + " (" + owners(team.role(), directory) + ")");
        }
        team.people().forEach(person -> who.add(directory.name(person)));
        return "Owned by " + team.scope().toLowerCase(Locale.ROOT) + " " + team.name() + ": "
                + String.join(", ", who);
    }

    private static String step(StepRow step, Directory directory) {
        String duration = step.durationSeconds == 0
                ? ""
                : ", " + ReadableDuration.of(Duration.ofSeconds(step.durationSeconds));
        return step.title + " (" + step.role + ": " + owners(step.role, directory) + duration + ")"
                + (step.doneBy == null ? "" : ", done by " + directory.name(step.doneBy));
    }

    private static String owners(String role, Directory directory) {
        List<String> names = directory.owners(role).stream().map(directory::name).toList();
        return names.isEmpty() ? "no owners" : names.stream().collect(Collectors.joining(", "));
    }

    private static String approval(ApprovalRow approval, Directory directory) {
        String decided = approval.decidedBy == null ? "" : " by " + directory.name(approval.decidedBy);
        return approval.role + ": " + approval.state + decided;
    }
}
