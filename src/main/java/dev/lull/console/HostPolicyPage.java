package dev.lull.console;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.TemplateInstance;

import dev.lull.change.ApprovalPolicies;
import dev.lull.console.AdminPage.Typed;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.Roles;

/**
 * A host's approval policy, written or removed by change managers from the host's admin page: the roles NORMAL
 * changes on it need, by risk, as {@code PUT /hosts/{name}/approval-policy} takes them ({@code ApprovalPolicies}).
 */
@Path("/admin/hosts/{name}/approval-policy")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CHANGE_MANAGER)
public class HostPolicyPage {
    private static final String KIND = "approval policy";
    private final ApprovalPolicies policies;
    private final HostSheet sheet;
    private final Forms forms;
    private final Viewer viewer;

    HostPolicyPage(ApprovalPolicies policies, HostSheet sheet, Forms forms, Viewer viewer) {
        this.policies = policies;
        this.sheet = sheet;
        this.forms = forms;
        this.viewer = viewer;
    }

    /** Writes the rules ticked on the form, one per row with something ticked (none: a policy without rules). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String name, @RestForm String policyVersion,
            @RestForm @DefaultValue("1") int rows, @RestForm List<String> risk, @RestForm List<String> role) {
        PolicyRules typed = PolicyRules.typed(rows, risk, role);
        return sheet.write(name, policyVersion,
                ifMatch -> policies.put(HostSheet.HOST, name, forms.valid(typed.body()), ifMatch, viewer.caller()),
                "Saved the approval policy of " + name, problem -> refused(name, typed.refused(problem), problem));
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath String name, @RestForm String policyVersion) {
        return sheet.remove(name, policyVersion, ifMatch -> policies.delete(HostSheet.HOST, name, ifMatch),
                "Removed the approval policy of " + name, problem -> refused(name, null, problem));
    }

    /** The page with the rules as typed (null: as stored) and, above them, the refusal or the reload advice. */
    private TemplateInstance refused(String name, PolicyRules rules, ApiProblem problem) {
        return sheet.page(name, new Typed("policy", Map.of(), AdminPage.refusal(KIND, problem), Map.of()), rules,
                null);
    }
}
