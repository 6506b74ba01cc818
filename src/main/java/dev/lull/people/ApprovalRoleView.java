package dev.lull.people;

import java.time.Instant;
import java.util.List;

/** An approval role as the API shows it. */
public record ApprovalRoleView(String key, String title, List<String> owners, Instant updatedAt) {
    static ApprovalRoleView of(ApprovalRole role) {
        return new ApprovalRoleView(role.roleKey, role.title, role.owners, role.updatedAt);
    }
}
