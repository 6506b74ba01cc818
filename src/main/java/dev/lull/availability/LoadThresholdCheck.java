package dev.lull.availability;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import dev.lull.load.HostLoadTotal;
import dev.lull.load.LoadQueries;
import dev.lull.platform.AdvisoryLocks;
import dev.lull.platform.ApiNumbers;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/**
 * The threshold job: compares each rated host's average load over the span with the threshold share of its
 * capacity, and raises {@code load.threshold-exceeded} when an episode starts and {@code load.recovered} when it
 * ends. Episodes are rows, so neither a second replica nor a restart announces one twice.
 */
@ApplicationScoped
public class LoadThresholdCheck {
    private static final Logger LOG = Logger.getLogger(LoadThresholdCheck.class);
    private static final long LOCK_KEY = 0x4c756c6c54687265L;
    private final LoadQueries queries;
    private final AvailabilityConfig config;
    private final Event<Notice> notices;
    private final Clock clock;

    LoadThresholdCheck(LoadQueries queries, AvailabilityConfig config, Event<Notice> notices, Clock clock) {
        this.queries = queries;
        this.config = config;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(identity = "load-threshold-check", every = "{lull.availability.threshold-check-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        ThresholdCheckRun run = check(clock.instant());
        if (run.exceeded() + run.recovered() > 0) {
            LOG.infof("Load threshold check: %s", run);
        }
    }

    /** Judges the span ending at {@code now}; a replica that finds another one checking skips. */
    @Transactional
    public ThresholdCheckRun check(Instant now) {
        if (!AdvisoryLocks.tryTransactionLock(LOCK_KEY)) {
            return ThresholdCheckRun.SKIPPED;
        }
        Map<Long, LoadEpisode> open = LoadEpisode.open().stream()
                .collect(Collectors.toMap(e -> e.hostId, Function.identity()));
        int checked = 0;
        int exceeded = 0;
        int recovered = 0;
        for (HostLoadTotal total : queries.ratedHostTotals(now.minus(config.thresholdSpan()), now)) {
            LoadReading reading = LoadReading.of(total, config.thresholdSpan());
            if (!reading.hasSamples()) {
                continue;
            }
            checked++;
            boolean high = reading.exceeds(config.threshold());
            LoadEpisode episode = open.get(total.hostId());
            if (high && episode == null) {
                start(reading, now);
                exceeded++;
            } else if (!high && episode != null) {
                end(episode, reading, now);
                recovered++;
            }
        }
        return new ThresholdCheckRun(checked, exceeded, recovered, false);
    }

    private void start(LoadReading reading, Instant now) {
        LoadEpisode episode = LoadEpisode.start(reading, now);
        episode.persist();
        Map<String, Object> data = data(reading);
        data.put("since", now);
        notices.fire(new Notice(NoticeType.LOAD_THRESHOLD_EXCEEDED, data));
    }

    private void end(LoadEpisode episode, LoadReading reading, Instant now) {
        episode.endedAt = now;
        Map<String, Object> data = data(reading);
        data.put("episodeStartedAt", episode.startedAt);
        data.put("recoveredAt", now);
        notices.fire(new Notice(NoticeType.LOAD_RECOVERED, data));
    }

    private Map<String, Object> data(LoadReading reading) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("host", reading.total().host());
        data.put("cluster", reading.total().cluster());
        data.put("observedPerMinute", ApiNumbers.messages(reading.perMinute()));
        data.put("capacityPerMinute", reading.total().capacityPerMinute());
        data.put("ratio", ApiNumbers.ratio(reading.ratio()));
        data.put("threshold", config.threshold());
        data.put("span", reading.span());
        return data;
    }
}
