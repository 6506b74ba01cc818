package dev.lull.calendar;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.change.ChangeRequest;
import dev.lull.inventory.Cluster;
import dev.lull.inventory.Host;
import dev.lull.people.ApprovalRole;
import dev.lull.people.Person;
import dev.lull.platform.ApiProblem;

/** Resolves what a scope names: checks that it exists, and which changes and blackouts it covers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScopeTargets {

    /** Throws a 422 problem when the scope names something unknown. */
    public void requireExisting(FeedScope scope) {
        if (!exists(scope)) {
            throw ApiProblem.unprocessable(scope.kind().name().toLowerCase() + " '" + scope.value()
                    + "' does not exist");
        }
    }

    /** The filter of the scope, with the cluster's hosts and the person's roles as they are now. */
    ScopeFilter filter(FeedScope scope, Directory directory) {
        return switch (scope.kind()) {
            case HOST -> ScopeFilter.hosts(Set.of(scope.value()), Host.findByName(scope.value())
                    .map(host -> host.cluster == null ? null : host.cluster.name).orElse(null));
            case CLUSTER -> ScopeFilter.hosts(clusterHosts(scope.value()), scope.value());
            case ROLE -> ScopeFilter.roles(null, Set.of(scope.value()));
            case PERSON -> directory.isChangeManager(scope.value())
                    ? ScopeFilter.all()
                    : ScopeFilter.roles(scope.value(), directory.rolesOf(scope.value()));
            case ALL -> ScopeFilter.all();
        };
    }

    private static Set<String> clusterHosts(String cluster) {
        return Set.copyOf(Host.find("select h.name from Host h where h.cluster.name = ?1", cluster)
                .project(String.class).list());
    }

    private static boolean exists(FeedScope scope) {
        return switch (scope.kind()) {
            case HOST -> Host.findByName(scope.value()).isPresent();
            case CLUSTER -> Cluster.findByName(scope.value()).isPresent();
            case ROLE -> ApprovalRole.findByIdOptional(scope.value()).isPresent();
            case PERSON -> isKnownPerson(scope.value());
            case ALL -> true;
        };
    }

    /** A person with a profile, an owner of an approval role, or the requester of a change. */
    private static boolean isKnownPerson(String username) {
        return Person.findByIdOptional(username).isPresent()
                || ApprovalRole.count("array_contains(owners, ?1)", username) > 0
                || ChangeRequest.count("requester", username) > 0;
    }
}
