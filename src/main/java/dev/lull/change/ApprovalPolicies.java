package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.RestResponse;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Versioned;

/** Approval policies of clusters and hosts, and the roles they require of a change. */
@ApplicationScoped
@Transactional
public class ApprovalPolicies {
    static final String CLUSTER = "cluster";
    static final String HOST = "host";
    private final Clock clock;
    private final RoleDirectory roles;

    ApprovalPolicies(Clock clock, RoleDirectory roles) {
        this.clock = clock;
        this.roles = roles;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<PolicyView> get(String kind, String name) {
        requireScope(kind, name);
        ApprovalPolicy policy = ApprovalPolicy.find(kind, name)
                .orElseThrow(() -> ApiProblem.notFound(kind + " " + name + " has no approval policy"));
        return new Versioned<>(PolicyView.of(policy), policy.version);
    }

    /** Creates (201) or replaces (200) the policy of a cluster or host. */
    public RestResponse<PolicyView> put(String kind, String name, PolicyBody body, String ifMatch, Caller caller) {
        requireScope(kind, name);
        List<PolicyRule> rules = check(body);
        Instant now = Instant.now(clock);
        ApprovalPolicy policy = ApprovalPolicy.find(kind, name).orElse(null);
        boolean created = policy == null;
        if (created) {
            policy = new ApprovalPolicy();
            policy.scopeKind = kind;
            policy.scopeName = name;
            policy.createdAt = now;
        } else {
            ETags.requireCurrent(ifMatch, policy.version);
            policy.rules.clear();
        }
        for (PolicyRule rule : rules) {
            policy.rules.add(PolicyRuleRow.of(rule));
        }
        policy.updatedBy = caller.username();
        policy.updatedAt = now;
        policy.persistAndFlush();
        return new Versioned<>(PolicyView.of(policy), policy.version).stored(created);
    }

    public void delete(String kind, String name, String ifMatch) {
        requireScope(kind, name);
        ApprovalPolicy policy = ApprovalPolicy.find(kind, name)
                .orElseThrow(() -> ApiProblem.notFound(kind + " " + name + " has no approval policy"));
        ETags.requireMatch(ifMatch, policy.version);
        policy.delete();
    }

    /** The roles the policies of these hosts and of their clusters require, each with the scopes requiring it. */
    static Map<String, List<String>> required(Collection<String> hosts, ChangeType type, Risk risk) {
        Set<String> clusters = new HashSet<>();
        Host.<Host>list("name in ?1", hosts).forEach(host -> {
            if (host.cluster != null) {
                clusters.add(host.cluster.name);
            }
        });
        List<ApprovalPolicy> policies = ApprovalPolicy.list(
                "(scopeKind = ?1 and scopeName in ?2) or (scopeKind = ?3 and scopeName in ?4) order by id", HOST,
                hosts.isEmpty() ? Set.of("") : hosts, CLUSTER, clusters.isEmpty() ? Set.of("") : clusters);
        return PolicyRequirement.roles(policies.stream().map(ApprovalPolicy::scoped).toList(), type, risk);
    }

    private List<PolicyRule> check(PolicyBody body) {
        List<PolicyRule> rules = new ArrayList<>();
        for (int i = 0; i < body.rules().size(); i++) {
            PolicyBody.Rule rule = body.rules().get(i);
            if (rule.type() != ChangeType.NORMAL) {
                throw ApiProblem.invalid("rules[" + i + "].type", rule.type() == ChangeType.STANDARD
                        ? "a STANDARD change is approved through its standard change template, not by roles"
                        : "an EMERGENCY change skips assessment: its change manager authorizes it");
            }
            Set<Risk> risks = rule.risks() == null || rule.risks().isEmpty()
                    ? Set.of()
                    : EnumSet.copyOf(rule.risks());
            rules.add(new PolicyRule(rule.type(), risks, rule.roles()));
        }
        List<String> unknown = new RoleOwners(roles.ownersByRole())
                .unknown(rules.stream().flatMap(rule -> rule.roles().stream()).toList());
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable("unknown approval role(s): " + String.join(", ", unknown)
                    + "; see GET /api/v1/roles");
        }
        return rules;
    }

    /** 404 unless a cluster or host ({@code kind}) of that name exists. */
    static void requireScope(String kind, String name) {
        List<String> unknown = kind.equals(CLUSTER)
                ? ClusterCatalog.unknown(List.of(name))
                : HostCatalog.unknown(List.of(name));
        if (!unknown.isEmpty()) {
            throw ApiProblem.notFound("no " + kind + " named " + name);
        }
    }
}
