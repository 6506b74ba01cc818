package dev.lull.load;

import java.util.Set;

/** Raised when an ingest stored samples: the hosts whose history changed. */
public record LoadChanged(Set<Long> hostIds) {
}
