package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.RestResponse;

import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Versioned;

/** The owning teams of clusters and hosts, and the teams that answer for a change's hosts. */
@ApplicationScoped
@Transactional
public class OwningTeams {
    private final Clock clock;
    private final RoleDirectory roles;

    OwningTeams(Clock clock, RoleDirectory roles) {
        this.clock = clock;
        this.roles = roles;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<OwnerView> get(String kind, String name) {
        ApprovalPolicies.requireScope(kind, name);
        OwningTeam team = OwningTeam.find(kind, name).orElseThrow(() -> missing(kind, name));
        return new Versioned<>(OwnerView.of(team), team.version);
    }

    /** Creates (201) or replaces (200) the owning team of a cluster or host. */
    public RestResponse<OwnerView> put(String kind, String name, OwnerBody body, String ifMatch, Caller caller) {
        ApprovalPolicies.requireScope(kind, name);
        List<String> people = body.people() == null ? List.of() : body.people().stream().distinct().sorted().toList();
        if (body.role() == null && people.isEmpty()) {
            throw ApiProblem.invalid("role", "name an approval role, people, or both");
        }
        if (body.role() != null && !new RoleOwners(roles.ownersByRole()).unknown(List.of(body.role())).isEmpty()) {
            throw ApiProblem.unprocessable("unknown approval role: " + body.role() + "; see GET /api/v1/roles");
        }
        Instant now = Instant.now(clock);
        OwningTeam team = OwningTeam.find(kind, name).orElse(null);
        boolean created = team == null;
        if (created) {
            team = new OwningTeam();
            team.scopeKind = kind;
            team.scopeName = name;
            team.createdAt = now;
        } else {
            ETags.requireCurrent(ifMatch, team.version);
        }
        team.roleKey = body.role();
        team.people = new ArrayList<>(people);
        team.updatedBy = caller.username();
        team.updatedAt = now;
        team.persistAndFlush();
        return new Versioned<>(OwnerView.of(team), team.version).stored(created);
    }

    public void delete(String kind, String name, String ifMatch) {
        ApprovalPolicies.requireScope(kind, name);
        OwningTeam team = OwningTeam.find(kind, name).orElseThrow(() -> missing(kind, name));
        ETags.requireMatch(ifMatch, team.version);
        team.delete();
    }

    /** The owning teams of these hosts and of their clusters, in one query: clusters first, then hosts, by name. */
    public static List<OwnerView> of(Collection<String> hosts) {
        if (hosts.isEmpty()) {
            return List.of();
        }
        return OwningTeam.<OwningTeam>list("(scopeKind = ?1 and scopeName in ?2) or (scopeKind = ?3 and scopeName in "
                + "(select h.cluster.name from Host h where h.name in ?2)) order by scopeKind, scopeName",
                ApprovalPolicies.HOST, hosts, ApprovalPolicies.CLUSTER).stream().map(OwnerView::of).toList();
    }

    /** The owning teams of a host (and of its cluster), or of a cluster; {@code kind} is host or cluster. */
    public static List<OwnerView> ofScope(String kind, String name) {
        if (ApprovalPolicies.HOST.equals(kind)) {
            return of(List.of(name));
        }
        return OwningTeam.<OwningTeam>list("scopeKind = ?1 and scopeName = ?2", ApprovalPolicies.CLUSTER, name)
                .stream().map(OwnerView::of).toList();
    }

    private static ApiProblem missing(String kind, String name) {
        return ApiProblem.notFound(kind + " " + name + " has no owning team");
    }
}
