package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.HostCatalog;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Versioned;

/** The catalogue of standard change templates: written as drafts, activated once by a change manager, retired. */
@ApplicationScoped
@Transactional
public class StandardTemplates {
    private final Clock clock;
    private final RoleDirectory roles;

    StandardTemplates(Clock clock, RoleDirectory roles) {
        this.clock = clock;
        this.roles = roles;
    }

    public Versioned<TemplateView> create(TemplateBody body, Caller caller) {
        List<String> hosts = body.hosts() == null ? List.of() : body.hosts().stream().distinct().toList();
        List<String> clusters = body.clusters() == null ? List.of() : body.clusters().stream().distinct().toList();
        check(body, hosts, clusters);
        Instant now = Instant.now(clock);
        StandardTemplate template = new StandardTemplate();
        template.title = body.title().trim();
        template.description = body.description();
        template.hosts = new ArrayList<>(hosts);
        template.clusters = new ArrayList<>(clusters);
        template.maxDurationSeconds = body.maxDuration().toSeconds();
        body.plan().forEach(step -> template.steps.add(TemplateStepRow.of(new PlanStep(step.title().trim(),
                step.role(), step.duration()))));
        template.status = TemplateStatus.DRAFT;
        template.createdBy = caller.username();
        template.createdAt = now;
        template.updatedAt = now;
        template.persist();
        return view(template);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<TemplateView> list(TemplateStatus status, int page, int size) {
        PanacheQuery<StandardTemplate> templates = status == null
                ? StandardTemplate.findAll(Sort.by("id"))
                : StandardTemplate.find("status", Sort.by("id"), status);
        return Paged.of(templates, TemplateView::of, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<TemplateView> get(long id) {
        StandardTemplate template = require(id, LockModeType.NONE);
        return new Versioned<>(TemplateView.of(template), template.version);
    }

    /** Approves a draft: from now on STANDARD changes inside it are scheduled on submit. */
    public Versioned<TemplateView> activate(long id, String ifMatch, Caller caller) {
        StandardTemplate template = lock(id, ifMatch);
        requireStatus(template, TemplateStatus.DRAFT, "activated");
        template.status = TemplateStatus.ACTIVE;
        template.activatedBy = caller.username();
        template.activatedAt = Instant.now(clock);
        template.updatedAt = template.activatedAt;
        return view(template);
    }

    /** Retires a draft or active template: no change may be submitted or rescheduled under it any more. */
    public Versioned<TemplateView> retire(long id, String ifMatch, Caller caller) {
        StandardTemplate template = lock(id, ifMatch);
        if (template.status == TemplateStatus.RETIRED) {
            throw ApiProblem.conflict("standard change template " + id + " is already retired");
        }
        template.status = TemplateStatus.RETIRED;
        template.retiredBy = caller.username();
        template.retiredAt = Instant.now(clock);
        template.updatedAt = template.retiredAt;
        return view(template);
    }

    private void check(TemplateBody body, List<String> hosts, List<String> clusters) {
        if (hosts.isEmpty() && clusters.isEmpty()) {
            throw ApiProblem.invalid("hosts", "a template's scope needs at least one host or cluster");
        }
        if (body.maxDuration().isNegative() || body.maxDuration().isZero()) {
            throw ApiProblem.invalid("maxDuration", "must be positive");
        }
        for (int i = 0; i < body.plan().size(); i++) {
            var duration = body.plan().get(i).duration();
            if (duration != null && duration.isNegative()) {
                throw ApiProblem.invalid("plan[" + i + "].duration", "must not be negative");
            }
        }
        List<String> unknown = Stream.concat(HostCatalog.unknown(hosts).stream().map(host -> "host " + host),
                ClusterCatalog.unknown(clusters).stream().map(cluster -> "cluster " + cluster)).sorted().toList();
        List<String> unknownRoles = new RoleOwners(roles.ownersByRole())
                .unknown(body.plan().stream().map(StepBody::role).toList());
        if (!unknown.isEmpty() || !unknownRoles.isEmpty()) {
            throw ApiProblem.unprocessable("unknown " + String.join(", ", Stream.concat(unknown.stream(),
                    unknownRoles.stream().map(role -> "approval role " + role)).toList()));
        }
    }

    private static void requireStatus(StandardTemplate template, TemplateStatus status, String what) {
        if (template.status != status) {
            throw ApiProblem.conflict("standard change template " + template.id + " is " + template.status
                    + "; only a " + status + " one can be " + what);
        }
    }

    private static StandardTemplate lock(long id, String ifMatch) {
        StandardTemplate template = require(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, template.version);
        return template;
    }

    private static StandardTemplate require(long id, LockModeType lock) {
        return StandardTemplate.<StandardTemplate>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiProblem.notFound("no standard change template with id " + id));
    }

    private static Versioned<TemplateView> view(StandardTemplate template) {
        StandardTemplate.flush();
        return new Versioned<>(TemplateView.of(template), template.version);
    }
}
