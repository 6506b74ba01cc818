package dev.lull.people;

import java.util.List;

/**
 * What another feature keeps that names an approval role (owning teams, policies, changes): asked before a role is
 * deleted, so that a role still in use, or in a change's history, is refused rather than left dangling. Features
 * above people implement it; people imports none of them.
 */
public interface RoleUses {
    /** The uses of the role {@code key}, each a short phrase ("the owning team of cluster mbox"); at most {@code limit}. */
    List<String> of(String key, int limit);
}
