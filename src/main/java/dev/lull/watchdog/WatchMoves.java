package dev.lull.watchdog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lull.change.ChangeAction;
import dev.lull.change.ChangeJournal;
import dev.lull.change.ChangeRequest;
import dev.lull.change.ChangeType;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/**
 * Applies a verdict to a locked watch: a new state is kept with an event, a line in the change's history and a
 * notice ({@code change.load-alarm}, {@code change.load-calm}, {@code change.load-unknown}) in the same transaction;
 * the gate pauses as the policy says, never for an EMERGENCY change; a new alarm (or calm) ends an override.
 */
@ApplicationScoped
class WatchMoves {
    static final String ACTOR = "watchdog";
    private final ChangeJournal journal;
    private final Event<Notice> notices;
    private final ObjectMapper json;

    WatchMoves(ChangeJournal journal, Event<Notice> notices, ObjectMapper json) {
        this.journal = journal;
        this.notices = notices;
        this.json = json;
    }

    void apply(ChangeRequest change, ChangeWatch watch, Verdict verdict, WatchPolicy policy, Instant now) {
        WatchState before = watch.state;
        watch.evaluatedAt = now;
        watch.reason = capped(verdict.reason());
        boolean moved = verdict.state() != before && !(before == WatchState.OFF && verdict.state() == WatchState.QUIET);
        if (verdict.state() != before) {
            watch.state = verdict.state();
            watch.since = now;
        }
        if (moved && verdict.state() != WatchState.UNKNOWN) {
            watch.overriddenAt = null;
            watch.overriddenBy = null;
            watch.overrideComment = null;
        }
        boolean pauses = change.type != ChangeType.EMERGENCY && !watch.overridden()
                && policy.reaction(verdict.state()) == Reaction.PAUSE;
        boolean pausedBefore = watch.paused;
        watch.paused = pauses && (verdict.state() == WatchState.ALARM || verdict.state() == WatchState.UNKNOWN);
        if (moved) {
            announce(change, verdict, watch, before, now);
        } else if (watch.paused != pausedBefore) {
            record(change, verdict, watch, now);
        }
    }

    /** The window closed: nothing is watched, nothing is paused; no notice. */
    void off(ChangeWatch watch, Instant now) {
        watch.state = WatchState.OFF;
        watch.since = now;
        watch.paused = false;
        watch.reason = "the window is not open";
        watch.evaluatedAt = now;
    }

    private void announce(ChangeRequest change, Verdict verdict, ChangeWatch watch, WatchState before, Instant now) {
        NoticeType type = switch (verdict.state()) {
            case ALARM -> NoticeType.CHANGE_LOAD_ALARM;
            case UNKNOWN -> NoticeType.CHANGE_LOAD_UNKNOWN;
            default -> NoticeType.CHANGE_LOAD_CALM;
        };
        record(change, verdict, watch, now);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("change", change.id);
        data.put("title", change.title);
        data.put("type", change.type);
        data.put("state", verdict.state());
        data.put("previousState", before);
        data.put("reason", verdict.reason());
        data.put("paused", watch.paused);
        data.put("hosts", verdict.hosts());
        data.put("capacity", verdict.capacity());
        data.put("at", now);
        notices.fire(new Notice(type, data));
    }

    private void record(ChangeRequest change, Verdict verdict, ChangeWatch watch, Instant now) {
        WatchEvent event = new WatchEvent();
        event.changeId = change.id;
        event.at = now;
        event.state = verdict.state();
        event.reason = capped(verdict.reason());
        event.actor = ACTOR;
        event.figures = figures(verdict);
        event.persist();
        journal.note(change, ChangeAction.WATCH, ACTOR, now, line(verdict, watch));
    }

    static String line(Verdict verdict, ChangeWatch watch) {
        StringBuilder line = new StringBuilder("load ").append(verdict.state()).append(": ").append(verdict.reason());
        verdict.hosts().stream().filter(h -> h.livePerHour() != null).forEach(h -> line.append(String.format(
                java.util.Locale.ROOT, "; %s live %.0f/h, expected %.0f/h%s, band %.0f/h", h.host(), h.livePerHour(),
                h.expectedPerHour(), h.level() == null
                        ? ""
                        : String.format(java.util.Locale.ROOT,
                                " (%.0f/h at its level, %.2f×)", h.levelExpectedPerHour(), h.level()),
                h.limitPerHour())));
        line.append(watch.paused ? "; the gate is paused" : "; the gate is not paused");
        return line.length() > 4000 ? line.substring(0, 4000) : line.toString();
    }

    static String capped(String reason) {
        return reason.length() > 1000 ? reason.substring(0, 997) + "..." : reason;
    }

    private String figures(Verdict verdict) {
        try {
            return json.writeValueAsString(Map.of("hosts", verdict.hosts(),
                    "capacity", verdict.capacity() == null ? Map.of() : verdict.capacity()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing the watch figures failed", e);
        }
    }
}
