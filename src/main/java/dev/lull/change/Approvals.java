package dev.lull.change;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One round of assessment: an approval per required role, pending or decided (stored rounds: the constructor). */
public record Approvals(String requester, List<Approval> approvals) {
    /** The role whose owners authorize changes. */
    public static final String CHANGE_MANAGER = "change-manager";

    public Approvals {
        Objects.requireNonNull(requester, "requester");
        approvals = List.copyOf(approvals);
    }

    /** A fresh round: the explicit roles if any are given, else the roles that own plan steps. */
    public static Approvals forChange(String requester, Plan plan, Collection<String> explicitRoles) {
        return forChange(requester, PolicyRequirement.union(explicitRoles, plan, List.of()));
    }

    /** A fresh round of these roles, each once. */
    public static Approvals forChange(String requester, Collection<String> roles) {
        return new Approvals(requester, roles.stream().distinct().map(Approval::pending).toList());
    }

    /** Whether {@code user} may decide now for {@code role}; {@link #decide} tells why not. */
    public boolean canDecide(String user, String role, RoleOwners owners) {
        return refusal(user, role, owners).isEmpty() && isPending(role);
    }

    /**
     * Records the decision: an approval fills the role; a rejection also cancels every other pending approval.
     * Refused with {@link NotPermitted} for the requester, a non-owner of the role or someone who already
     * decided for another role, and with {@link NotApplicable} for a role not required or already decided.
     */
    public Approvals decide(String user, String role, ApprovalDecision decision, String comment, Instant at,
            RoleOwners owners) {
        refusal(user, role, owners).ifPresent(refused -> {
            throw refused;
        });
        Approval current = approval(role)
                .orElseThrow(() -> new NotApplicable("role " + role + " is not required for this change"));
        if (!current.isPending()) {
            throw new NotApplicable("role " + role + " was already " + current.state().name().toLowerCase(Locale.ROOT)
                    + (current.decidedBy() == null ? "" : " by " + current.decidedBy()));
        }
        return decision == ApprovalDecision.APPROVE
                ? replace(new Approval(role, ApprovalState.APPROVED, user, at, comment))
                : rejectAndCancelOthers(new Approval(role, ApprovalState.REJECTED, user, at, comment));
    }

    /**
     * Whether {@code user} may authorize: not the requester, not one who approved this round for a role, and an
     * owner of the change-manager role.
     */
    public boolean mayAuthorize(String user, RoleOwners owners) {
        return !requester.equals(user) && approvedBy(user).isEmpty() && owners.owns(user, CHANGE_MANAGER);
    }

    /** Refuses the requester, the approvers of this round and anyone who does not own the change-manager role. */
    public void checkCanAuthorize(String user, RoleOwners owners) {
        if (!mayAuthorize(user, owners)) {
            throw authorizeRefusal(user, owners);
        }
    }

    /** Why {@code user} may not authorize; asked only once {@link #mayAuthorize} said no. */
    NotPermitted authorizeRefusal(String user, RoleOwners owners) {
        if (requester.equals(user)) {
            return requesterRefused("authorize");
        }
        Optional<Approval> approved = approvedBy(user);
        if (approved.isPresent()) {
            return new NotPermitted(RefusalReason.APPROVER_MAY_NOT_AUTHORIZE, user + " approved this change for role "
                    + approved.get().role() + " at " + approved.get().decidedAt()
                    + " and cannot also authorize it; another change manager must");
        }
        return new NotPermitted(RefusalReason.NOT_A_ROLE_OWNER,
                user + " does not own role " + CHANGE_MANAGER + " and cannot authorize changes");
    }

    /** Every required role approved (true when none is required). */
    public boolean allIn() {
        return approvals.stream().allMatch(approval -> approval.state() == ApprovalState.APPROVED);
    }

    /** The roles still to decide, in order. */
    public List<String> pendingRoles() {
        return approvals.stream().filter(Approval::isPending).map(Approval::role).toList();
    }

    /** The rejection that ended this round, if one did. */
    public Optional<Approval> rejection() {
        return approvals.stream().filter(approval -> approval.state() == ApprovalState.REJECTED).findFirst();
    }

    private Optional<NotPermitted> refusal(String user, String role, RoleOwners owners) {
        if (requester.equals(user)) {
            return Optional.of(requesterRefused("approve"));
        }
        if (!owners.owns(user, role)) {
            return Optional.of(new NotPermitted(RefusalReason.NOT_A_ROLE_OWNER,
                    user + " does not own role " + role + " and cannot decide for it"));
        }
        return approvals.stream().filter(approval -> !approval.role().equals(role) && approval.decidedBy(user))
                .findFirst().map(other -> new NotPermitted(RefusalReason.ALREADY_DECIDED_FOR_ANOTHER_ROLE,
                        user + " already decided for role " + other.role() + "; one person counts for one role"));
    }

    private Optional<Approval> approvedBy(String user) {
        return approvals.stream()
                .filter(approval -> approval.state() == ApprovalState.APPROVED && user.equals(approval.decidedBy()))
                .findFirst();
    }

    private NotPermitted requesterRefused(String what) {
        return new NotPermitted(RefusalReason.REQUESTER_MAY_NOT_DECIDE,
                requester + " requested this change and cannot " + what + " it");
    }

    private boolean isPending(String role) {
        return approval(role).map(Approval::isPending).orElse(false);
    }

    private Optional<Approval> approval(String role) {
        return approvals.stream().filter(approval -> approval.role().equals(role)).findFirst();
    }

    private Approvals replace(Approval decided) {
        return new Approvals(requester, approvals.stream()
                .map(approval -> approval.role().equals(decided.role()) ? decided : approval).toList());
    }

    private Approvals rejectAndCancelOthers(Approval rejected) {
        return new Approvals(requester, approvals.stream()
                .map(approval -> approval.role().equals(rejected.role())
                        ? rejected
                        : cancelIfPending(approval, rejected))
                .toList());
    }

    private static Approval cancelIfPending(Approval approval, Approval rejected) {
        if (!approval.isPending()) {
            return approval;
        }
        return new Approval(approval.role(), ApprovalState.CANCELLED, null, rejected.decidedAt(),
                "cancelled: " + rejected.role() + " rejected the change");
    }
}
