package dev.lull.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Versioned;

/** The approval roles and their owners: kept by admins, read by the change workflow. */
@ApplicationScoped
@Transactional
public class RoleDirectory {
    /** How many uses a refused delete names. */
    static final int USES_SHOWN = 10;
    private final Clock clock;
    private final Instance<RoleUses> uses;

    RoleDirectory(Clock clock, Instance<RoleUses> uses) {
        this.clock = clock;
        this.uses = uses;
    }

    /** Creates the role or replaces its title and owners. */
    public Versioned<ApprovalRoleView> put(String key, ApprovalRoleRequest request, String ifMatch) {
        ApprovalRole role = ApprovalRole.<ApprovalRole>findByIdOptional(key).orElseGet(() -> {
            ApprovalRole created = new ApprovalRole();
            created.roleKey = key;
            return created;
        });
        if (role.updatedAt != null) {
            ETags.requireCurrent(ifMatch, role.version);
        }
        role.title = request.title().trim();
        role.owners = new ArrayList<>(request.owners().stream().distinct().sorted().toList());
        role.updatedAt = Instant.now(clock);
        role.persistAndFlush();
        return new Versioned<>(ApprovalRoleView.of(role), role.version);
    }

    /**
     * Deletes the role if nothing names it: 409 naming its uses (owning teams, approval policies, standard change
     * templates, changes — whose history keeps naming it) otherwise; 412 when {@code ifMatch} is stale.
     */
    public void delete(String key, String ifMatch) {
        ApprovalRole role = ApprovalRole.<ApprovalRole>findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound("no approval role with key " + key));
        ETags.requireMatch(ifMatch, role.version);
        List<String> used = uses.stream().flatMap(u -> u.of(key, USES_SHOWN).stream()).limit(USES_SHOWN).toList();
        if (!used.isEmpty()) {
            throw ApiProblem.conflict("approval role " + key + " is still used by " + String.join("; ", used)
                    + ". Only a role nothing names can go: take it out of owning teams, approval policies, templates and "
                    + "feeds first; a role that changes have named stays, so that their history reads true.")
                    .with("uses", used);
        }
        role.delete();
    }

    /** One role with the version a replacement names in If-Match; 404 when no role has this key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ApprovalRoleView> get(String key) {
        ApprovalRole role = ApprovalRole.<ApprovalRole>findByIdOptional(key)
                .orElseThrow(() -> ApiProblem.notFound("no approval role with key " + key));
        return new Versioned<>(ApprovalRoleView.of(role), role.version);
    }

    public Paged<ApprovalRoleView> list(int page, int size) {
        return Paged.of(ApprovalRole.<ApprovalRole>findAll(Sort.by("roleKey")), ApprovalRoleView::of, page, size);
    }

    /** The roles {@code username} owns, by key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApprovalRoleView> ownedBy(String username) {
        return ApprovalRole.<ApprovalRole>list("array_contains(owners, ?1)", Sort.by("roleKey"), username).stream()
                .map(ApprovalRoleView::of).toList();
    }

    /** Every role's owners by role key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Set<String>> ownersByRole() {
        return ApprovalRole.<ApprovalRole>listAll().stream()
                .collect(Collectors.toMap(role -> role.roleKey, role -> Set.copyOf(role.owners)));
    }
}
