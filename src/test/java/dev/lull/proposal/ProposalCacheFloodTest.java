package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.lull.platform.Caches;
import dev.lull.schedule.BudgetImpact;

/** Distinct questions flood the answer cache, as a viewer varying {@code from} did until the heap ran out. */
@DisplayNameGeneration(ReplaceUnderscores.class)
class ProposalCacheFloodTest {
    static {
        System.setProperty("jol.magicFieldOffset", "true");
    }
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final long BUDGET = 10L << 20;
    static final int QUESTIONS = 2_000;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final ProposalCache cache = new ProposalCache(new Caches(BUDGET, registry),
            new ObjectMapper().findAndRegisterModules());
    final ProposalEngine engine = new ProposalEngine();
    final Fitted fitted = engine.fit(Synthetic.weeksBefore(NOW, 8, PARIS, Synthetic::officeLoad), NOW);

    @Test
    void answers_to_distinct_questions_stay_within_the_caches_share_of_the_budget() {
        for (int i = 0; i < QUESTIONS; i++) {
            Instant from = NOW.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5L * i));
            ProposalQuery query = new ProposalQuery(Duration.ofHours(2), from, from.plus(Duration.ofDays(8)),
                    Duration.ofMinutes(15), 50, false, true);
            cache.get(1, query, 1, 1, NOW, () -> view(query));
        }
        long share = (long) (BUDGET * ProposalCache.SHARE);
        Map<?, ProposalCache.Answer> held = cache.snapshot();
        long retained = GraphLayout.parseInstance(held.keySet().toArray(), held.values().toArray()).totalSize();
        System.out.printf("%,d questions: %,d answers held, %,d bytes estimated, %,d bytes retained (share %,d)%n",
                QUESTIONS, held.size(), cache.weight(), retained, share);
        assertThat(held.size()).isBetween(20, QUESTIONS / 2);
        assertThat(cache.weight()).isLessThanOrEqualTo(share);
        assertThat(retained).isLessThanOrEqualTo(cache.weight()).isGreaterThan(cache.weight() / 2);
        assertThat(registry.get("cache.gets").tag("cache", "proposal-answers").tag("result", "miss")
                .functionCounter().count()).isEqualTo(QUESTIONS);
        assertThat(registry.get("cache.evictions").tag("cache", "proposal-answers").functionCounter().count())
                .isGreaterThan(QUESTIONS / 2);
    }

    private ProposalView view(ProposalQuery query) {
        Proposal proposal = engine.propose(fitted, new ProposalRequest(query.from(), query.to(), query.duration(),
                query.step(), query.limit()), List.of());
        assertThat(proposal.candidates()).hasSize(query.limit());
        Map<Candidate, List<BudgetImpact>> kept = new LinkedHashMap<>();
        proposal.candidates().forEach(candidate -> kept.put(candidate, List.of()));
        return ProposalView.of("flood-host", proposal, kept);
    }
}
