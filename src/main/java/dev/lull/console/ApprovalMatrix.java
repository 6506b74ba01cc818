package dev.lull.console;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lull.change.ApprovalView;
import dev.lull.change.ChangeView;

/** A change's approval matrix as the change page shows it: every role asked, its owners, decision and comment. */
final class ApprovalMatrix {

    /** One row: a role, its owners, its decision, and whether the viewer may decide for it now. */
    public record Row(String role, List<String> owners, String state, String decidedBy, String decidedAt,
            String comment, boolean mine) {
    }

    private ApprovalMatrix() {
    }

    /** The round's approvals, then the roles asked but not in the round yet; {@code allowed}: the viewer's actions. */
    static List<Row> rows(ChangeView change, Set<String> allowed, Map<String, Set<String>> owners, Viewer viewer) {
        List<Row> rows = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (ApprovalView approval : change.approvals()) {
            listed.add(approval.role());
            boolean mine = allowed.contains("APPROVE") && approval.state().name().equals("PENDING")
                    && owners.getOrDefault(approval.role(), Set.of()).contains(viewer.username());
            rows.add(new Row(approval.role(), sorted(owners.get(approval.role())), approval.state().name(),
                    approval.decidedBy(), viewer.at(approval.decidedAt()), approval.comment(), mine));
        }
        Set<String> asked = new LinkedHashSet<>(change.requiredRoles());
        asked.addAll(change.policyRoles());
        for (String role : asked) {
            if (listed.add(role)) {
                rows.add(new Row(role, sorted(owners.get(role)), "not asked yet", null, "", null, false));
            }
        }
        return rows;
    }

    private static List<String> sorted(Set<String> owners) {
        return owners == null ? List.of() : owners.stream().sorted().toList();
    }
}
