package dev.lull.inventory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which of some names the inventory does not know, asked with one query. */
final class UnknownNames {
    private UnknownNames() {
    }

    /** The names no row has, each once, in the order given; {@code known} returns those among a set that exist. */
    static List<String> of(Collection<String> names, Function<Set<String>, List<String>> known) {
        Set<String> asked = names.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> found = asked.isEmpty() ? Set.of() : new HashSet<>(known.apply(asked));
        return names.stream().distinct().filter(name -> !found.contains(name)).toList();
    }
}
