package dev.lull.watchdog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lull.change.ChangeAction;
import dev.lull.change.ChangeJournal;
import dev.lull.change.ChangeRequest;
import dev.lull.platform.ApiProblem;

/** Reads the watch of a change for people and lets a change manager override a pause. */
@ApplicationScoped
public class WatchDesk {
    static final int EVENTS = 50;
    private final WatchReadings readings;
    private final WatchPolicies policies;
    private final WatchdogConfig config;
    private final ChangeJournal journal;
    private final ObjectMapper json;
    private final Clock clock;

    WatchDesk(WatchReadings readings, WatchPolicies policies, WatchdogConfig config, ChangeJournal journal,
            ObjectMapper json, Clock clock) {
        this.readings = readings;
        this.policies = policies;
        this.config = config;
        this.journal = journal;
        this.json = json;
        this.clock = clock;
    }

    /** The watch of the change now; 404 for an unknown change. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WatchView view(long changeId) {
        ChangeRequest change = require(changeId);
        Instant now = clock.instant();
        WatchPolicyView shown = policies.view(change);
        WatchPolicy policy = shown.policy();
        Optional<ChangeWatch> watch = ChangeWatch.findByIdOptional(changeId);
        boolean open = OpenWindows.open(change, now);
        WatchState state = !open ? WatchState.OFF : watch.map(ChangeWatch::shown).orElse(WatchState.QUIET);
        String reason = !open
                ? "no window of the change is open now"
                : watch.map(w -> w.reason).orElse("the window opened; no load decided yet");
        boolean paused = open && watch.map(w -> w.paused).orElse(false);
        WatchView.Override override = watch.filter(ChangeWatch::overridden)
                .map(w -> new WatchView.Override(w.overriddenBy, w.overriddenAt, w.overrideComment)).orElse(null);
        return new WatchView(changeId, state, watch.map(w -> w.since).orElse(null), reason, paused,
                paused ? WatchPauses.reopensWhen(watch.get()) : null, override,
                shown, hosts(change, now, policy), events(changeId));
    }

    /** Reopens the paused or alarmed watch of the change until its window ends or a new alarm; 409 otherwise. */
    @Transactional
    public WatchView override(long changeId, OverrideBody body, String by) {
        ChangeRequest change = require(changeId);
        Instant now = clock.instant();
        if (!OpenWindows.open(change, now)) {
            throw ApiProblem.conflict("no window of change " + changeId + " is open: there is nothing to override");
        }
        ChangeWatch watch = ChangeWatch.locked(changeId, OpenWindows.openedAt(change));
        if (watch.state != WatchState.ALARM && watch.state != WatchState.UNKNOWN || watch.overridden()) {
            throw ApiProblem.conflict("the watch of change " + changeId + " is " + watch.shown()
                    + ": only an ALARM or UNKNOWN not yet overridden can be overridden");
        }
        watch.overriddenAt = now;
        watch.overriddenBy = by;
        watch.overrideComment = body.comment();
        watch.paused = false;
        WatchEvent event = new WatchEvent();
        event.changeId = changeId;
        event.at = now;
        event.state = WatchState.OVERRIDDEN;
        event.reason = WatchMoves.capped(body.comment());
        event.actor = by;
        event.figures = "{}";
        event.persist();
        journal.note(change, ChangeAction.WATCH_OVERRIDE, by, now, "the gate reopened despite the load "
                + watch.state + " (" + watch.reason + "): " + body.comment());
        return view(changeId);
    }

    private List<WatchView.HostSteps> hosts(ChangeRequest change, Instant now, WatchPolicy policy) {
        Duration recent = config.recent();
        WatchInput input = readings.input(change, now, policy, WatchState.QUIET, null, recent);
        Instant from = now.minus(recent);
        List<WatchView.HostSteps> hosts = new ArrayList<>();
        for (HostLoad host : input.hosts()) {
            Map<Instant, Bin> bins = host.bins().stream().collect(Collectors.toMap(Bin::at, Function.identity()));
            List<WatchView.Step> steps = new ArrayList<>();
            Instant first = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), 300) * 300 + 300);
            for (Instant at = first; !at.isAfter(now); at = at.plus(WatchReadings.STEP)) {
                Instant middle = at.plus(WatchReadings.STEP.dividedBy(2));
                double expected = host.band().expected(middle);
                double p90 = Math.max(expected, host.band().p90(middle));
                Bin bin = bins.get(at);
                HostLoad leveled = host.atLevel(SpanAverage.lower(host.level(), SpanAverage.level(host.bins(),
                        host.band(), at.plus(WatchReadings.STEP).minus(policy.span()), WatchReadings.STEP)));
                steps.add(new WatchView.Step(at,
                        bin == null ? null : bin.messages() * 3600.0 / WatchReadings.STEP.toSeconds(),
                        leveled.tonight(expected), p90, SpanAverage.limit(leveled, policy, expected, p90)));
            }
            hosts.add(new WatchView.HostSteps(host.host(), host.level(), steps));
        }
        return hosts;
    }

    private List<WatchView.Event> events(long changeId) {
        return WatchEvent.latest(changeId, EVENTS).stream().map(e -> new WatchView.Event(e.at,
                e.state, e.reason, e.actor, tree(e.figures))).toList();
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String figures) {
        try {
            return json.readTree(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reading the watch figures failed", e);
        }
    }

    private static ChangeRequest require(long id) {
        return ChangeRequest.<ChangeRequest>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("no change with id " + id));
    }
}
