package dev.lull.proposal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Tells when the JIT compiler has caught up with a warm-up's requests: after at least {@code least} of requests, the
 * compiler's accumulated time grew by no more than {@code share} of the wall time over the last {@code window}. A new
 * replica that takes traffic while its compiler still works serves its first seconds on one core less. A compiler
 * time that never moves is not measured at all (a JVM run with {@code -XX:-UsePerfData} reads 0), so it is never
 * quiet.
 */
final class CompilerQuiet {
    private final long leastMillis;
    private final long windowMillis;
    private final double share;
    private final Deque<long[]> samples = new ArrayDeque<>();
    private long firstMillis = -1;
    private long firstCompiling;

    CompilerQuiet(Duration least, Duration window, double share) {
        this.leastMillis = least.toMillis();
        this.windowMillis = window.toMillis();
        this.share = share;
    }

    /** The standard rule: at least 5 s of requests, then 2 s in which compiling took at most 5 % of the time. */
    static CompilerQuiet standard() {
        return new CompilerQuiet(Duration.ofSeconds(5), Duration.ofSeconds(2), 0.05);
    }

    /** Records that the compiler had spent {@code compilingMillis} in all at {@code nowMillis}; whether it is quiet. */
    boolean quietAt(long nowMillis, long compilingMillis) {
        if (firstMillis < 0) {
            firstMillis = nowMillis;
            firstCompiling = compilingMillis;
        }
        samples.addLast(new long[]{nowMillis, compilingMillis});
        while (samples.size() > 1 && nowMillis - samples.peekFirst()[0] > windowMillis) {
            samples.removeFirst();
        }
        long[] oldest = samples.peekFirst();
        long spanned = nowMillis - oldest[0];
        return nowMillis - firstMillis >= leastMillis && spanned >= windowMillis * 3 / 4
                && compilingMillis > firstCompiling && compilingMillis - oldest[1] <= share * spanned;
    }
}
