package dev.lull.console;

import static dev.lull.console.AdminPage.blank;
import static dev.lull.console.AdminPage.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.change.ApprovalPolicies;
import dev.lull.change.OwnerView;
import dev.lull.change.OwningTeams;
import dev.lull.change.PolicyView;
import dev.lull.console.AdminPage.Typed;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostRequest;
import dev.lull.people.ApprovalRoleView;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Versioned;

/**
 * A host's administration page, its three forms together: the settings (admins, {@code HostCatalog}), the owning team
 * ({@code OwningTeams}) and the approval policy ({@code ApprovalPolicies}), which change managers set as the API's
 * {@code PUT /hosts/{name}/owner} and {@code …/approval-policy} do. A refused form comes back with what was typed in
 * it and the stored values in the others.
 */
@ApplicationScoped
public class HostSheet {
    static final String HOST = "host";
    private final HostCatalog hosts;
    private final ClusterCatalog clusters;
    private final OwningTeams teams;
    private final ApprovalPolicies policies;
    private final RoleDirectory roles;

    HostSheet(HostCatalog hosts, ClusterCatalog clusters, OwningTeams teams, ApprovalPolicies policies,
            RoleDirectory roles) {
        this.hosts = hosts;
        this.clusters = clusters;
        this.teams = teams;
        this.policies = policies;
        this.roles = roles;
    }

    @CheckedTemplate(basePath = "HostAdminPage")
    static class Templates {
        static native TemplateInstance host(String name, long version, List<ClusterView> clusters,
                Versioned<OwnerView> team, Versioned<PolicyView> policy, PolicyRules rules,
                List<ApprovalRoleView> roles, Typed typed, String done);
    }

    /** The page as stored, or with {@code typed} in its form and {@code rules} (null: the stored ones). */
    TemplateInstance page(String name, Typed typed, PolicyRules rules, String done) {
        return page(name, typed, rules, done, null);
    }

    /** The same, the settings form carrying {@code settingsVersion} (null: the stored one) as a refused save sent. */
    TemplateInstance page(String name, Typed typed, PolicyRules rules, String done, Long settingsVersion) {
        Versioned<HostRequest> current = hosts.current(name);
        Versioned<OwnerView> team = orNone(() -> teams.get(HOST, name));
        Versioned<PolicyView> policy = orNone(() -> policies.get(HOST, name));
        Map<String, String> values = new HashMap<>(stored(current.body(), team));
        values.putAll(typed.values());
        Typed shown = new Typed(typed.form(), values, typed.error(), typed.errors());
        return Templates.host(name, settingsVersion == null ? current.version() : settingsVersion,
                clusters.list(0, 500).items(), team, policy,
                rules == null ? PolicyRules.of(policy == null ? null : policy.body()) : rules,
                roles.list(0, 500).items(), shown, done);
    }

    /**
     * Writes the team or policy given the version the page showed ({@code shown}, blank when it had none); done, back
     * to the host's page saying so. Refused, {@code refused} renders the page for the problem: one created or changed
     * meanwhile (412, or 428 when the page showed none) reads "changed meanwhile — reload".
     */
    Response write(String name, String shown, Consumer<String> write, String done,
            Function<ApiProblem, TemplateInstance> refused) {
        return written(name, blank(shown) == null ? null : shown.trim(), write, done, refused);
    }

    /** The same for a removal, which always names the version it removes: none given is a stale page. */
    Response remove(String name, String shown, Consumer<String> remove, String done,
            Function<ApiProblem, TemplateInstance> refused) {
        return written(name, blank(shown) == null ? "-1" : shown.trim(), remove, done, refused);
    }

    private Response written(String name, String version, Consumer<String> write, String done,
            Function<ApiProblem, TemplateInstance> refused) {
        hosts.current(name);
        try {
            write.accept(version == null ? null : ETags.ifMatch(Long.parseLong(version)));
            return Response.seeOther(AdminPage.done(HostAdminPage.LIST + "/" + name, done)).build();
        } catch (ApiProblem | NumberFormatException refusal) {
            ApiProblem problem = refusal instanceof ApiProblem p && p.status() != 428
                    ? p
                    : new ApiProblem(412, "the page of host " + name + " is older than what is stored");
            return Response.status(problem.status()).entity(refused.apply(problem)).build();
        }
    }

    private static Map<String, String> stored(HostRequest host, Versioned<OwnerView> team) {
        Map<String, String> values = new HashMap<>(HostAdminPage.typed(host.name(), host.timeZone(), host.cluster(),
                host.role(), host.capacityPerMinute() == null ? "" : String.valueOf(host.capacityPerMinute()),
                String.join(", ", host.tags())));
        values.put("teamRole", team == null ? "" : text(team.body().role()));
        values.put("people", team == null ? "" : String.join(", ", team.body().people()));
        return values;
    }

    /** The host's team or policy with its version, or null when it has none. */
    private static <T> Versioned<T> orNone(Supplier<Versioned<T>> read) {
        try {
            return read.get();
        } catch (ApiProblem none) {
            if (none.status() != 404) {
                throw none;
            }
            return null;
        }
    }
}
