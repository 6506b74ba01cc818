package dev.lull.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;

import dev.lull.inventory.Host;
import dev.lull.load.LoadChanged;
import dev.lull.load.LoadQueries;
import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.DowntimeBudget;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;
import dev.lull.schedule.TimelineVersion;

/** Feeds the plain-Java engine: a host's history from load, what is busy from the timeline. */
@ApplicationScoped
public class ProposalDesk {
    private static final Duration RAW_DEPTH = Duration.ofDays(35);
    private final LoadQueries load;
    private final Timeline timeline;
    private final TimelineVersion timelineVersion;
    private final ProposalCache cache;
    private final Instance<DowntimeBudget> budgets;
    private final ProposalConfig config;
    private final Clock clock;
    private final ProposalEngine engine;
    private final Map<FitKey, CachedFit> fits = new ConcurrentHashMap<>();

    ProposalDesk(LoadQueries load, Timeline timeline, TimelineVersion timelineVersion, ProposalCache cache,
            Instance<DowntimeBudget> budgets, ProposalConfig config, Clock clock) {
        this.load = load;
        this.timelineVersion = timelineVersion;
        this.cache = cache;
        this.budgets = budgets;
        this.timeline = timeline;
        this.config = config;
        this.clock = clock;
        this.engine = new ProposalEngine(new QuietHours(config.quietStart(), config.quietEnd()));
    }

    Instant now() {
        return clock.instant();
    }

    /** The proposals as the API shows them, with budget impacts; answered from the cache while it holds. */
    public ProposalView view(Host host, ProposalQuery query) {
        return cache.get(host.id, query, timelineVersion.current(), now().truncatedTo(ChronoUnit.HOURS), () -> {
            Proposal proposal = propose(host, query);
            Candidate best = proposal.candidates().isEmpty() ? null : proposal.candidates().get(0);
            List<BudgetImpact> bestImpact = best == null ? List.of() : budgetImpact(host, best);
            return ProposalView.of(host.name, proposal, candidate -> bestImpact.isEmpty()
                    ? List.of()
                    : candidate == best ? bestImpact : budgetImpact(host, candidate));
        });
    }

    /** Candidates for one host in the query's period, never overlapping its blackouts, changes or outages. */
    public Proposal propose(Host host, ProposalQuery query) {
        List<Interval> busy = timeline.busy(List.of(host.name), new Interval(query.from(), query.to())).stream()
                .map(BusyPeriod::interval).toList();
        return engine.propose(fitted(host, query.step().compareTo(Duration.ofHours(1)) < 0),
                new ProposalRequest(query.from(), query.to(), query.duration(), query.step(), query.limit()), busy);
    }

    /** The host's fit, reused within the hour it was made in (history only changes hour by hour). */
    private ProposalEngine.Fitted fitted(Host host, boolean withRaw) {
        Instant hour = now().truncatedTo(ChronoUnit.HOURS);
        CachedFit cached = fits.get(new FitKey(host.id, host.timeZone, withRaw));
        if (cached != null && cached.hour().equals(hour)) {
            return cached.fitted();
        }
        ProposalEngine.Fitted fitted = engine.fit(history(host, now(), withRaw), now());
        fits.put(new FitKey(host.id, host.timeZone, withRaw), new CachedFit(hour, fitted));
        return fitted;
    }

    /** What the candidate's window would cost the downtime budgets of the host and its cluster. */
    public List<BudgetImpact> budgetImpact(Host host, Candidate candidate) {
        List<BudgetImpact> impacts = new ArrayList<>();
        Interval window = new Interval(candidate.start(), candidate.end());
        budgets.forEach(budget -> impacts.addAll(budget.impactOf(List.of(host.name), window)));
        return impacts;
    }

    /** The host's options for a cluster plan: its candidates and the work that already takes it down. */
    HostOptions options(Host host, ProposalQuery query) {
        Interval period = new Interval(query.from(), query.to());
        List<BusyPeriod> busy = timeline.busy(List.of(host.name), period);
        List<Interval> down = busy.stream().filter(p -> p.kind() != BusyKind.BLACKOUT).map(BusyPeriod::interval)
                .toList();
        Proposal proposal = engine.propose(history(host, now(), false), new ProposalRequest(query.from(), query.to(),
                query.duration(), query.step(), config.planCandidates()),
                busy.stream().map(BusyPeriod::interval).toList());
        return new HostOptions(host.name, proposal.candidates(), down);
    }

    /** What the engine would have proposed in each of the last weeks, against the best window in hindsight. */
    public Backtest backtest(Host host, Duration duration, int weeks) {
        Instant now = now();
        return new Backtester(engine).run(history(host, now, false), duration, weeks, now);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoadChanged changed) {
        fits.keySet().removeIf(key -> changed.hostIds().contains(key.hostId()));
    }

    /** Which fit: a host, in its zone, with or without raw samples. */
    private record FitKey(long hostId, String zone, boolean withRaw) {
    }

    /** A fit and the hour it holds for. */
    private record CachedFit(Instant hour, ProposalEngine.Fitted fitted) {
    }

    private LoadSeries history(Host host, Instant until, boolean withRaw) {
        Instant end = until.truncatedTo(ChronoUnit.HOURS);
        Instant start = end.minus(Duration.ofDays(7L * config.historyWeeks()));
        LoadSeries series = LoadSeries.hourly(host.zone(), start, load.hourlyTotals(host.id, start, end));
        if (!withRaw) {
            return series;
        }
        double[] raw = new double[(int) Duration.between(start, end).toMinutes() / 5];
        Arrays.fill(raw, Double.NaN);
        Instant rawStart = end.minus(RAW_DEPTH);
        double[] recent = load.fiveMinuteTotals(host.id, rawStart, end);
        System.arraycopy(recent, 0, raw, raw.length - recent.length, recent.length);
        return series.withFiveMinuteSamples(raw);
    }
}
