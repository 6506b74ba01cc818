package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import dev.lull.holiday.CalendarScopes;
import dev.lull.holiday.HolidayCalendars;
import dev.lull.holiday.HolidayDate;
import dev.lull.holiday.HostHolidays;
import dev.lull.inventory.Host;
import dev.lull.platform.Bytes;
import dev.lull.platform.Caches;
import dev.lull.platform.StampedCache;
import dev.lull.schedule.BlackoutWindow;
import dev.lull.schedule.BookedWork;
import dev.lull.schedule.BookingCheck;
import dev.lull.schedule.BookingContext;
import dev.lull.schedule.ClusterLimit;
import dev.lull.schedule.Interval;

/**
 * What the booking rules check a host's proposals against (its blackouts, the work booked on it and on the other
 * members of its cluster, their limits) and the host's holidays, read for the next {@value #HORIZON_DAYS} days once
 * per hour and timeline version instead of on every answer-cache miss; a period within that horizon is served by
 * filtering, one outside it is read as before. What the rules need is read for a whole cluster at once and shared by
 * its hosts: the first of 100 hosts asked reads it, the other 99 filter it. The version moves on every replica with
 * blackouts, changes, outages, service levels, the inventory and holiday calendars, so no stale rule is applied.
 * Holds {@value #SHARE} of the cache budget, by estimated bytes. Bookings themselves never read this: they check
 * under the booking lock.
 */
@ApplicationScoped
@Startup
class BookingCache {
    /** The longest proposal period (92 days) starting after a week's notice still fits. */
    static final int HORIZON_DAYS = 100;
    static final double SHARE = 0.05;
    /** An {@link Interval} and its two instants. */
    private static final long INTERVAL = Bytes.object(2, 0) + 2L * Bytes.INSTANT;
    private final BookingCheck booking;
    private final HolidayCalendars holidays;
    private final Duration history;
    private final StampedCache<String, Stamp, Shared> contexts;
    private final StampedCache<Long, Stamp, Holidays> holidaysOfHosts;
    private final StampedCache<Boolean, Stamp, CalendarScopes> calendarScopes;

    BookingCache(BookingCheck booking, HolidayCalendars holidays, ProposalConfig config, Caches caches) {
        this.booking = booking;
        this.holidays = holidays;
        this.history = Duration.ofDays(7L * config.historyWeeks());
        this.contexts = caches.stamped("proposal-booking", SHARE * 3 / 5, Duration.ofHours(1),
                (scope, shared) -> Bytes.string(scope) + shared.bytes());
        this.holidaysOfHosts = caches.stamped("proposal-holidays", SHARE * 3 / 10, Duration.ofHours(1),
                (hostId, entry) -> Bytes.BOXED + entry.bytes());
        this.calendarScopes = caches.stamped("proposal-holiday-scopes", SHARE / 10, Duration.ofHours(1),
                (all, scopes) -> Bytes.BOXED + Bytes.object(2, 0) + names(scopes.hosts()) + names(scopes.clusters()));
    }

    /** The rules' view of the host over {@code period}, as {@link BookingCheck#context} reads it. */
    BookingContext context(Host host, Interval period, long version, Instant hour) {
        String scope = host.cluster == null ? "host " + host.name : "cluster " + host.cluster.name;
        Shared shared = contexts.get(scope, new Stamp(version, hour), () -> {
            Interval horizon = new Interval(hour, hour.plus(Duration.ofDays(HORIZON_DAYS)));
            return new Shared(horizon, booking.clusterContext(List.of(host.name), horizon));
        });
        return within(shared.horizon(), period)
                ? shared.context().of(List.of(host.name)).within(period)
                : booking.context(List.of(host.name), period);
    }

    /**
     * The host's holidays on the local dates {@code period} touches (at least); held from the start of the history the
     * engine fits on (its holidays forecast the coming ones) to the end of the horizon. Which hosts and clusters have a
     * calendar is read once per hour and timeline version, so a host that neither it nor its cluster has one of costs
     * no statement.
     */
    HostHolidays holidays(Host host, Interval period, long version, Instant hour) {
        Holidays entry = holidaysOfHosts.get(host.id, new Stamp(version, hour), () -> {
            Interval span = new Interval(hour.minus(history), hour.plus(Duration.ofDays(HORIZON_DAYS)));
            CalendarScopes scopes = calendarScopes.get(true, new Stamp(version, hour), holidays::scopes);
            return new Holidays(span, holidays.of(host, span.start(), span.end(), scopes));
        });
        return within(entry.span(), period)
                ? entry.holidays()
                : holidays.of(host, period.start(), period.end());
    }

    private static boolean within(Interval horizon, Interval period) {
        return !period.start().isBefore(horizon.start()) && !period.end().isAfter(horizon.end());
    }

    /** The timeline version and hour an entry was read under. */
    private record Stamp(long version, Instant hour) {
    }

    /** What the rules need of a cluster (or an unclustered host) over the horizon. */
    private record Shared(Interval horizon, BookingContext context) {
        long bytes() {
            return Bytes.object(2, 0) + INTERVAL + Bytes.object(3, 0)
                    + Bytes.list(context.blackouts(), BookingCache::bytes)
                    + Bytes.list(context.booked(), BookingCache::bytes)
                    + Bytes.list(context.clusters(), BookingCache::bytes);
        }
    }

    /** A host's holidays over a span. */
    private record Holidays(Interval span, HostHolidays holidays) {
        long bytes() {
            return Bytes.object(2, 0) + INTERVAL + Bytes.object(2, 0)
                    + Bytes.list(holidays.dates(), BookingCache::bytes);
        }
    }

    private static long bytes(BlackoutWindow blackout) {
        return Bytes.object(3, 0) + Bytes.string(blackout.name()) + names(blackout.hosts()) + INTERVAL;
    }

    private static long bytes(BookedWork work) {
        return Bytes.object(3, 8) + Bytes.string(work.title()) + names(work.hosts()) + INTERVAL;
    }

    private static long bytes(ClusterLimit cluster) {
        return Bytes.object(2, 4) + Bytes.string(cluster.name()) + names(cluster.hosts());
    }

    private static long bytes(HolidayDate holiday) {
        return Bytes.object(3, 0) + Bytes.object(0, 8) /* its LocalDate */ + Bytes.string(holiday.name())
                + Bytes.string(holiday.source());
    }

    /** An immutable set of host names: its table (twice the size) and each name. */
    private static long names(Collection<String> hosts) {
        return Bytes.object(1, 4) + Bytes.references(2 * hosts.size())
                + hosts.stream().mapToLong(Bytes::string).sum();
    }
}
