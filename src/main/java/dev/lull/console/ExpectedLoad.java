package dev.lull.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.inventory.Host;
import dev.lull.load.LoadProfile;
import dev.lull.load.LoadQueries;
import dev.lull.load.ProfileBucket;
import dev.lull.platform.Bytes;
import dev.lull.platform.Caches;
import dev.lull.platform.PeriodView;
import dev.lull.platform.StampedCache;

/**
 * The load to expect at any hour for a set of hosts: the sum of each host's median for that hour of the week in its
 * own zone over the last weeks (the same profile as the heatmap), as a share of the busiest hour.
 */
@ApplicationScoped
public class ExpectedLoad {
    static final int WEEKS = 8;
    /** The console's share of the cache budget (platform.Caches). */
    static final double SHARE = 0.04;
    private final LoadQueries queries;
    private final Clock clock;
    /** Profiles by host, stamped with the hour, load-history version and zone they were read under. */
    private final StampedCache<Long, String, LoadProfile> profiles;

    ExpectedLoad(LoadQueries queries, Clock clock, Caches caches) {
        this.queries = queries;
        this.clock = clock;
        this.profiles = caches.stamped("console-profiles", SHARE, Duration.ofHours(1),
                (host, profile) -> Bytes.BOXED + Bytes.object(6, 4)
                        + profile.buckets().size() * Bytes.object(4, 8 + 4));
    }

    /** A host's hour-of-week profile over the last {@link #WEEKS} weeks, as the heatmap draws it. */
    public LoadProfile profile(Host host) {
        Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant from = to.minus(Duration.ofDays(7L * WEEKS));
        String stamp = to + "#" + queries.historyVersion(host.id).before(to) + "@" + host.timeZone;
        return profiles.get(host.id, stamp, () -> new LoadProfile(host.name, host.timeZone, new PeriodView(from, to),
                WEEKS, queries.profile(host.id, host.zone(), from, to)));
    }

    /** Expected messages per hour of the hosts together at each instant, and the peak of them all. */
    Shade shade(List<Host> hosts) {
        List<Profiled> profiled = new ArrayList<>();
        for (Host host : hosts) {
            profiled.add(new Profiled(host, profile(host)));
        }
        double peak = 0;
        for (int bucket = 0; bucket < 168; bucket++) {
            double sum = 0;
            for (Profiled p : profiled) {
                Double median = p.profile.buckets().get(bucket).median();
                sum += median == null ? 0 : median;
            }
            peak = Math.max(peak, sum);
        }
        return new Shade(profiled, peak);
    }

    private record Profiled(Host host, LoadProfile profile) {
    }

    /** The expected load of some hosts by hour: a share of their peak for shading, and the number for reading. */
    static final class Shade {
        private final List<Profiled> hosts;
        private final double peak;

        private Shade(List<Profiled> hosts, double peak) {
            this.hosts = hosts;
            this.peak = peak;
        }

        /** Median messages per hour expected at {@code at}, or null without any data. */
        Double messages(Instant at) {
            Double sum = null;
            for (Profiled p : hosts) {
                ZonedDateTime local = at.atZone(p.host.zone());
                ProfileBucket bucket = p.profile.buckets().get((local.getDayOfWeek().getValue() - 1) * 24
                        + local.getHour());
                if (bucket.median() != null) {
                    sum = (sum == null ? 0 : sum) + bucket.median();
                }
            }
            return sum;
        }

        Function<Instant, Double> share() {
            return at -> {
                Double messages = messages(at);
                return messages == null || peak == 0 ? null : messages / peak;
            };
        }

        Function<Double, String> text() {
            return share -> String.format(Locale.ROOT, "expected about %.0f messages per hour (%.0f %% of the peak)",
                    share * peak, share * 100);
        }
    }
}
