package dev.lull.calendar;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.people.RoleUses;

/** Calendar feeds scoped to an approval role: a deleted role would leave them empty without a word. */
@ApplicationScoped
class FeedRoleUses implements RoleUses {
    @Override
    public List<String> of(String key, int limit) {
        long feeds = CalendarFeed.count("scopeKind = ?1 and scopeValue = ?2", ScopeKind.ROLE, key);
        return feeds == 0 || limit < 1
                ? List.of()
                : List.of(feeds + " calendar feed(s) of the role (revoke them first)");
    }
}
