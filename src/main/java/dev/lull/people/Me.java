package dev.lull.people;

import java.util.List;

/**
 * Who calls: the username, the display name and email the people directory has for them (null when it has no
 * profile), their application roles and the approval roles they own.
 */
public record Me(String username, String displayName, String email, List<String> roles,
        List<ApprovalRoleView> approvalRoles) {
}
