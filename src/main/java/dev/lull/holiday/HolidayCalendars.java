package dev.lull.holiday;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.RestResponse;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Versioned;

/** The holiday calendars of clusters and hosts, and the holidays that apply to a host (its own calendar wins). */
@ApplicationScoped
@Transactional
public class HolidayCalendars {
    static final String CLUSTER = "cluster";
    static final String HOST = "host";
    static final int MAX_PERIOD_DAYS = 366;
    private final Clock clock;

    HolidayCalendars(Clock clock) {
        this.clock = clock;
    }

    /** The calendar that applies, with its holidays in {@code [from, to)} (local dates; default: the next year). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<HolidayView> get(String kind, String name, String from, String to) {
        requireScope(kind, name);
        HolidayCalendar calendar = applying(kind, name)
                .orElseThrow(() -> ApiProblem.notFound(kind + " " + name + " has no holiday calendar"));
        ZoneId zone = zone(kind, name);
        LocalDate start = date("from", from, LocalDate.now(clock.withZone(zone)));
        LocalDate end = date("to", to, start.plusYears(1));
        if (!end.isAfter(start) || ChronoUnit.DAYS.between(start, end) > MAX_PERIOD_DAYS) {
            throw ApiProblem.invalid("to", "must be after from and at most " + MAX_PERIOD_DAYS + " days after it");
        }
        return new Versioned<>(HolidayView.of(calendar, timeZone(kind, zone), start, end), calendar.version);
    }

    /** Creates (201) or replaces (200, with If-Match) the calendar of a cluster or host; imported days stay. */
    public RestResponse<HolidayView> put(String kind, String name, HolidayBody body, String ifMatch, String user) {
        requireScope(kind, name);
        HolidayRule rule = HolidayRule.of(body);
        Stored stored = store(kind, name, ifMatch, user, calendar -> {
            calendar.country = rule.country();
            calendar.region = rule.region();
            calendar.replaceDays(rule.days(), false);
        });
        return new Versioned<>(stored.view(), stored.calendar().version).stored(stored.created());
    }

    /**
     * Replaces the imported days of the calendar of a cluster or host by the all-day events of an ICS text, creating
     * (201) a calendar of them alone if there is none; the country, region and days given by hand stay.
     */
    public RestResponse<HolidayImport> importIcs(String kind, String name, String ics, String ifMatch, String user) {
        requireScope(kind, name);
        IcsHolidays.Found found = IcsHolidays.read(ics);
        boolean exists = HolidayCalendar.find(kind, name).isPresent();
        if (found.days().isEmpty() && !exists) {
            throw ApiProblem.invalid("body", "holds no all-day event to make a holiday calendar of");
        }
        Stored stored = store(kind, name, ifMatch, user, calendar -> calendar.replaceDays(found.days(), true));
        HolidayImport answer = new HolidayImport(found.events(), found.skipped(), found.days().size(), stored.view());
        return new Versioned<>(answer, stored.calendar().version).stored(stored.created());
    }

    private Stored store(String kind, String name, String ifMatch, String user, Consumer<HolidayCalendar> change) {
        Instant now = Instant.now(clock);
        HolidayCalendar calendar = HolidayCalendar.find(kind, name).orElse(null);
        boolean created = calendar == null;
        if (created) {
            calendar = new HolidayCalendar();
            calendar.scopeKind = kind;
            calendar.scopeName = name;
            calendar.createdAt = now;
        } else {
            ETags.requireCurrent(ifMatch, calendar.version);
        }
        change.accept(calendar);
        calendar.updatedBy = user;
        calendar.updatedAt = now;
        calendar.persistAndFlush();
        ZoneId zone = zone(kind, name);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new Stored(calendar, created, HolidayView.of(calendar, timeZone(kind, zone), today, today.plusYears(1)));
    }

    /** A calendar just written, whether it is new, and its view for the coming year. */
    private record Stored(HolidayCalendar calendar, boolean created, HolidayView view) {
    }

    public void delete(String kind, String name, String ifMatch) {
        requireScope(kind, name);
        HolidayCalendar calendar = HolidayCalendar.find(kind, name)
                .orElseThrow(() -> ApiProblem.notFound(kind + " " + name + " has no holiday calendar"));
        ETags.requireMatch(ifMatch, calendar.version);
        calendar.delete();
    }

    /** The holidays of {@code host} on the local dates its clock shows from {@code from} to {@code to}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HostHolidays of(Host host, Instant from, Instant to) {
        return between(host, from, to, applying(host).map(HolidayCalendar::rule).orElse(HolidayRule.NONE));
    }

    private static HostHolidays between(Host host, Instant from, Instant to, HolidayRule rule) {
        ZoneId zone = host.zone();
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        return new HostHolidays(zone, rule.between(first, last));
    }

    /**
     * The same, knowing which hosts and clusters have a calendar ({@link #scopes}, read under the same timeline
     * version): only a calendar that exists is read, so a host without one costs no statement.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HostHolidays of(Host host, Instant from, Instant to, CalendarScopes scopes) {
        Optional<HolidayCalendar> calendar = scopes.ownOf(host)
                ? HolidayCalendar.find(HOST, host.name)
                : scopes.clusterOf(host) ? HolidayCalendar.find(CLUSTER, host.cluster.name) : Optional.empty();
        return between(host, from, to, calendar.map(HolidayCalendar::rule).orElse(HolidayRule.NONE));
    }

    /** Which hosts and clusters have a calendar now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarScopes scopes() {
        return HolidayCalendar.scopes();
    }

    /** The holidays of each existing host among {@code hosts}, by name, in the period as {@link #of(Host, Instant,
     * Instant)} gives them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, HostHolidays> of(Collection<String> hosts, Instant from, Instant to) {
        Map<String, HostHolidays> byHost = new TreeMap<>();
        for (String name : hosts) {
            Host.findByName(name).ifPresent(host -> byHost.put(name, of(host, from, to)));
        }
        return byHost;
    }

    /** The host's own calendar, else its cluster's; a cluster's own. */
    private static Optional<HolidayCalendar> applying(String kind, String name) {
        return kind.equals(CLUSTER) ? HolidayCalendar.find(CLUSTER, name) : applying(HostCatalog.require(name));
    }

    /** The host's own calendar, else its cluster's, from the host as read (its cluster is not read again). */
    private static Optional<HolidayCalendar> applying(Host host) {
        Optional<HolidayCalendar> own = HolidayCalendar.find(HOST, host.name);
        return own.isPresent() || host.cluster == null ? own : HolidayCalendar.find(CLUSTER, host.cluster.name);
    }

    private static ZoneId zone(String kind, String name) {
        return kind.equals(HOST) ? HostCatalog.require(name).zone() : ZoneOffset.UTC;
    }

    private static String timeZone(String kind, ZoneId zone) {
        return kind.equals(HOST) ? zone.getId() : null;
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "must be a date such as 2026-04-06");
        }
    }

    private static void requireScope(String kind, String name) {
        boolean unknown = kind.equals(CLUSTER)
                ? !ClusterCatalog.unknown(List.of(name)).isEmpty()
                : !HostCatalog.unknown(List.of(name)).isEmpty();
        if (unknown) {
            throw ApiProblem.notFound("no " + kind + " named " + name);
        }
    }
}
