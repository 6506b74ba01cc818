package dev.lull.calendar;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import dev.lull.platform.ApiProblem;

/**
 * A feed's scope as JSON: exactly one of {@code host}, {@code cluster}, {@code role}, {@code person} (a username, or
 * {@code me} for whoever creates the feed), {@code all}.
 */
public record ScopeBody(
        @Size(min = 1, max = 200) String host,
        @Size(min = 1, max = 200) String cluster,
        @Size(min = 1, max = 200) String role,
        @Size(min = 1, max = 200) String person,
        Boolean all) {

    /** The scope named, or a 400 problem when none or several are. */
    FeedScope scope() {
        List<FeedScope> named = new ArrayList<>();
        add(named, ScopeKind.HOST, host);
        add(named, ScopeKind.CLUSTER, cluster);
        add(named, ScopeKind.ROLE, role);
        add(named, ScopeKind.PERSON, person);
        if (all != null) {
            if (!all) {
                throw ApiProblem.invalid("scope.all", "must be true when given");
            }
            named.add(new FeedScope(ScopeKind.ALL, null));
        }
        if (named.size() != 1) {
            throw ApiProblem.invalid("scope", "must name exactly one of host, cluster, role, person or all");
        }
        return named.get(0);
    }

    private static void add(List<FeedScope> named, ScopeKind kind, String value) {
        if (value != null) {
            named.add(new FeedScope(kind, value.trim()));
        }
    }
}
