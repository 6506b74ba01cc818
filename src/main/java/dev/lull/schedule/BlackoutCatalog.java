package dev.lull.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Versioned;

/** Creates, reads, replaces and deletes blackouts. */
@ApplicationScoped
@Transactional
public class BlackoutCatalog {
    private final Clock clock;

    BlackoutCatalog(Clock clock) {
        this.clock = clock;
    }

    public Versioned<BlackoutView> create(BlackoutRequest request) {
        Blackout blackout = new Blackout();
        blackout.createdAt = Instant.now(clock);
        apply(blackout, request);
        blackout.persistAndFlush();
        return view(blackout);
    }

    public Versioned<BlackoutView> get(long id) {
        return view(require(id));
    }

    /** The request that would recreate the blackout as it is: what a merge patch applies to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<BlackoutRequest> current(long id) {
        Blackout b = require(id);
        return new Versioned<>(new BlackoutRequest(b.name, b.startAt, b.endAt, b.timeZone, b.recurrence,
                List.copyOf(b.hosts), List.copyOf(b.clusters), b.reason), b.version);
    }

    public Paged<BlackoutView> list(int page, int size) {
        return Paged.of(Blackout.<Blackout>findAll(Sort.by("startAt").and("id")), BlackoutView::of, page, size);
    }

    public Versioned<BlackoutView> replace(long id, BlackoutRequest request, String ifMatch) {
        Blackout blackout = require(id);
        ETags.requireCurrent(ifMatch, blackout.version);
        apply(blackout, request);
        blackout.persistAndFlush();
        return view(blackout);
    }

    public void delete(long id, String ifMatch) {
        Blackout blackout = require(id);
        ETags.requireMatch(ifMatch, blackout.version);
        blackout.delete();
    }

    private static Blackout require(long id) {
        return Blackout.<Blackout>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("no blackout with id " + id));
    }

    private void apply(Blackout blackout, BlackoutRequest request) {
        if (!request.end().isAfter(request.start())) {
            throw ApiProblem.invalid("end", "must be after start");
        }
        String recurrence = request.recurrence() == null || request.recurrence().isBlank()
                ? null
                : request.recurrence().trim();
        if (recurrence != null) {
            BlackoutCalendar.problem(recurrence).ifPresent(problem -> {
                throw ApiProblem.invalid("recurrence", problem);
            });
        }
        blackout.name = request.name().trim();
        blackout.startAt = request.start();
        blackout.endAt = request.end();
        blackout.timeZone = request.timeZone();
        blackout.recurrence = recurrence;
        blackout.hosts = existing("host", request.hosts(), HostCatalog::unknown);
        blackout.clusters = existing("cluster", request.clusters(), ClusterCatalog::unknown);
        blackout.reason = request.reason().trim();
        blackout.updatedAt = Instant.now(clock);
    }

    private static List<String> existing(String kind, List<String> names,
            Function<Collection<String>, List<String>> unknown) {
        if (names == null) {
            return new ArrayList<>();
        }
        unknown.apply(names).stream().findFirst().ifPresent(name -> {
            throw ApiProblem.unprocessable(kind + " '" + name + "' does not exist");
        });
        return new ArrayList<>(names.stream().distinct().sorted().toList());
    }

    private static Versioned<BlackoutView> view(Blackout blackout) {
        return new Versioned<>(BlackoutView.of(blackout), blackout.version);
    }
}
