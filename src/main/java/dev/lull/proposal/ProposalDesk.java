package dev.lull.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Hibernate;

import dev.lull.holiday.HostHolidays;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.schedule.BookingContext;
import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.Interval;

/** Feeds the plain-Java engine: a host's history from load, what is busy from the timeline. */
@ApplicationScoped
public class ProposalDesk {
    private final ProposalVersions versions;
    private final KnownHosts hosts;
    private final ProposalCache cache;
    private final BusyCache busy;
    private final BookableWindows bookable;
    private final ProposalConfig config;
    private final Clock clock;
    private final ProposalEngine engine;
    private final HostFits fits;
    private final AnswerTurns turns;

    ProposalDesk(ProposalVersions versions, KnownHosts hosts, HostFits fits, BusyCache busy, ProposalCache cache,
            BookableWindows bookable, ProposalConfig config, Clock clock, AnswerTurns turns) {
        this.versions = versions;
        this.hosts = hosts;
        this.fits = fits;
        this.cache = cache;
        this.bookable = bookable;
        this.busy = busy;
        this.config = config;
        this.clock = clock;
        this.turns = turns;
        this.engine = new ProposalEngine(new QuietHours(config.quietStart(), config.quietEnd()));
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * The host named {@code name}, known without the database while the timeline version stays the same; a 404
     * problem if there is none.
     */
    KnownHosts.KnownHost host(String name) {
        return hosts.find(name, versions.timeline());
    }

    /**
     * The proposals as the API shows them, each passing the booking rules, with budget impacts, and their JSON;
     * answered from the cache while it holds, which needs no database read while the versions are known in memory. A
     * host just read by its name is found again in the request's session.
     */
    ProposalCache.Answer answer(KnownHosts.KnownHost host, ProposalQuery query) {
        return answer(host.id(), query, () -> heldOrRead(host));
    }

    /**
     * The answer to a question asked before, when all that finds it is in memory: the versions (while the listener is
     * connected), the host's name and the answer itself; else empty, and {@link #answer} reads what is missing. It
     * neither reads the database nor waits, so it may be asked on an I/O thread.
     */
    Optional<ProposalCache.Answer> held(String name, ProposalQuery query) {
        OptionalLong timeline = versions.knownTimeline();
        Optional<KnownHosts.KnownHost> host = timeline.isPresent()
                ? hosts.held(name, timeline.getAsLong())
                : Optional.empty();
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Instant hour = now().truncatedTo(ChronoUnit.HOURS);
        OptionalLong history = versions.knownHistory(host.get().id(), HostFits.cutoff(hour));
        return history.isEmpty()
                ? Optional.empty()
                : cache.held(host.get().id(), query, timeline.getAsLong(), history.getAsLong(), hour);
    }

    /** The host as the request's session holds it (read by its name just before), else read by its name. */
    private static Host heldOrRead(KnownHosts.KnownHost known) {
        Host held = Host.getEntityManager().getReference(Host.class, known.id());
        return Hibernate.isInitialized(held) ? held : HostCatalog.require(known.name());
    }

    /** The same, for a host already read. */
    public ProposalView view(Host host, ProposalQuery query) {
        return answer(host.id, query, () -> host).view();
    }

    private ProposalCache.Answer answer(long hostId, ProposalQuery query, Supplier<Host> read) {
        long version = versions.timeline();
        Instant hour = now().truncatedTo(ChronoUnit.HOURS);
        long history = versions.history(hostId, HostFits.cutoff(hour));
        return cache.get(hostId, query, version, history, hour, () -> turns.inTurn(() -> {
            Host host = read.get();
            BookingContext context = bookable.context(host, period(query), version, hour);
            Proposal proposal = ranked(host, query, version, PlanConstraints.NONE, query.limit(), context);
            return ProposalView.of(host.name, proposal, vetted(host, query, version, proposal, query.limit(),
                    context));
        }));
    }

    /**
     * Reads what proposals share across the host's cluster (its busy periods and budgets, its booking context) into
     * their caches for this hour and timeline version, as the first question about one of its hosts would.
     */
    void readCluster(Host host) {
        long version = versions.timeline();
        Instant hour = now().truncatedTo(ChronoUnit.HOURS);
        busy.budgeted(host, version, hour);
        bookable.context(host, new Interval(hour, hour.plus(Duration.ofHours(1))), version, hour);
    }

    /** The host's options for a cluster plan: its bookable candidates and the work that already takes it down. */
    HostOptions options(Host host, ProposalQuery query, long version, PlanConstraints constraints) {
        int limit = config.planCandidates();
        BookingContext context = bookable.context(host, period(query), version, now().truncatedTo(ChronoUnit.HOURS));
        Proposal proposal = ranked(host, query, version, constraints, limit, context);
        Map<Candidate, List<BudgetImpact>> kept = vetted(host, query, version, proposal, limit, context);
        return new HostOptions(host.name, List.copyOf(kept.keySet()), downtime(host, query, version), kept);
    }

    /**
     * The engine's best windows, a few more than {@code limit}, clear of the host's busy time, of what the
     * constraints exclude, of the stretches its cluster has no host to spare and (unless asked not to) of its
     * holidays, which the reasons then name. The engine is given the holidays of the history too: a holiday it does
     * not avoid is forecast from the host's past ones.
     */
    private Proposal ranked(Host host, ProposalQuery query, long version, PlanConstraints constraints,
            int limit, BookingContext context) {
        Interval period = period(query);
        List<Interval> avoid = new ArrayList<>(
                busy.busy(host, period, version, now().truncatedTo(ChronoUnit.HOURS))
                        .stream().map(BusyPeriod::interval).toList());
        avoid.addAll(bookable.closed(host.name, context, period));
        avoid.addAll(constraints.excluded(host.zone(), period));
        HostHolidays known = bookable.holidays(host, new Interval(historyStart(now()), period.end()), version,
                now().truncatedTo(ChronoUnit.HOURS));
        HolidaySkips skips = new HolidaySkips(query.avoidHolidays() ? known : HostHolidays.none(host.zone()), period);
        avoid.addAll(skips.avoided());
        return skips.annotate(engine.propose(fitted(host, subHour(query)), new ProposalRequest(query.from(),
                query.to(), query.duration(), query.step(), BookableWindows.breadth(limit)), avoid, known.days()));
    }

    /** The first {@code limit} of the proposal's candidates that pass the booking rules, with their budget impact. */
    private Map<Candidate, List<BudgetImpact>> vetted(Host host, ProposalQuery query, long version, Proposal proposal,
            int limit, BookingContext context) {
        boolean budgeted = busy.budgeted(host, version, now().truncatedTo(ChronoUnit.HOURS));
        return bookable.vet(host.name, proposal.candidates(), context, budgeted,
                query.allowBudgetBreach(), now(), limit);
    }

    /**
     * The forecast the proposals rank by for the host (expected and p90 per hour), from the same cached fit; empty
     * while its history is too short to forecast.
     */
    public Optional<LoadForecast> forecast(Host host) {
        return Optional.ofNullable(fitted(host, false).forecast());
    }

    /** The host's fit, reused within the hour and the history version it was made under. */
    private Fitted fitted(Host host, boolean withRaw) {
        return fits.fitted(host.id, host.timeZone, withRaw, now());
    }

    /** When the host is down for other work in the query's period (changes, outages; blackouts are not down). */
    List<Interval> downtime(Host host, ProposalQuery query, long version) {
        return down(busy.busy(host, period(query), version, now().truncatedTo(ChronoUnit.HOURS)));
    }

    private static List<Interval> down(List<BusyPeriod> busyPeriods) {
        return busyPeriods.stream().filter(p -> p.kind() != BusyKind.BLACKOUT).map(BusyPeriod::interval).toList();
    }

    /** The timeline version that the busy periods handed out are read under. */
    long timelineVersion() {
        return versions.timeline();
    }

    /** Sub-hour steps rank windows with the raw 5-minute samples too. */
    private static boolean subHour(ProposalQuery query) {
        return query.step().compareTo(Duration.ofHours(1)) < 0;
    }

    private static Interval period(ProposalQuery query) {
        return new Interval(query.from(), query.to());
    }

    /** What the engine would have proposed in each of the last weeks, against the best window in hindsight. */
    public Backtest backtest(Host host, Duration duration, int weeks) {
        Instant now = now();
        return new Backtester(engine).run(fits.history(host.id, host.zone(), now, false), duration, weeks, now);
    }

    /** Where the history the engine is given starts, for a fit at {@code until}. */
    private Instant historyStart(Instant until) {
        return until.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(7L * config.historyWeeks()));
    }
}
