package dev.lull.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TemplateFitTest {
    private static final Instant START = Instant.parse("2028-03-04T01:00:00Z");
    private static final Plan PLAN = Plan.of(new PlanStep("drain", "it-operations", Duration.ofMinutes(10)),
            new PlanStep("reboot", "infrastructure-admin", Duration.ofMinutes(20)));
    private static final TemplateFit ACTIVE = new TemplateFit(7, TemplateStatus.ACTIVE, Set.of("db-01"),
            Set.of("mbox"), Duration.ofHours(1), PLAN);

    private static Interval hours(double hours) {
        return new Interval(START, START.plusSeconds((long) (hours * 3600)));
    }

    private static Map<String, String> hosts(String... hostAndCluster) {
        Map<String, String> hosts = new HashMap<>();
        for (int i = 0; i < hostAndCluster.length; i += 2) {
            hosts.put(hostAndCluster[i], hostAndCluster[i + 1]);
        }
        return hosts;
    }

    @Test
    void a_change_on_named_hosts_or_hosts_of_its_clusters_within_its_duration_and_plan_fits() {
        assertThat(ACTIVE.breaches(hosts("db-01", null, "mbox-03", "mbox"), hours(1), PLAN)).isEmpty();
    }

    @Test
    void a_shorter_step_fits_but_a_longer_one_or_another_plan_does_not() {
        Plan quicker = Plan.of(new PlanStep("drain", "it-operations", Duration.ofMinutes(5)),
                new PlanStep("reboot", "infrastructure-admin", Duration.ofMinutes(20)));
        assertThat(ACTIVE.breaches(hosts("db-01", null), hours(1), quicker)).isEmpty();
        Plan longer = Plan.of(new PlanStep("drain", "it-operations", Duration.ofMinutes(30)),
                new PlanStep("reboot", "infrastructure-admin", Duration.ofMinutes(20)));
        assertThat(ACTIVE.breaches(hosts("db-01", null), hours(1), longer)).singleElement().satisfies(breach -> {
            assertThat(breach.kind()).isEqualTo(TemplateBreach.Kind.PLAN_DIFFERS);
            assertThat(breach.message()).isEqualTo("the plan step 1 takes PT30M, template 7 allows PT10M");
        });
        Plan other = Plan.of(new PlanStep("reboot", "infrastructure-admin", Duration.ofMinutes(20)),
                new PlanStep("drain", "it-operations", Duration.ofMinutes(10)));
        assertThat(ACTIVE.breaches(hosts("db-01", null), hours(1), other)).extracting(TemplateBreach::kind)
                .containsExactly(TemplateBreach.Kind.PLAN_DIFFERS);
    }

    @Test
    void every_breach_is_named_at_once() {
        TemplateFit retired = new TemplateFit(7, TemplateStatus.RETIRED, Set.of("db-01"), Set.of("mbox"),
                Duration.ofHours(1), PLAN);
        var breaches = retired.breaches(hosts("db-01", null, "web-01", "web", "lone", null), hours(3),
                Plan.of(new PlanStep("drain", "it-operations", Duration.ofMinutes(10))));
        assertThat(breaches).extracting(TemplateBreach::kind).containsExactly(
                TemplateBreach.Kind.TEMPLATE_NOT_ACTIVE, TemplateBreach.Kind.HOST_OUT_OF_SCOPE,
                TemplateBreach.Kind.HOST_OUT_OF_SCOPE, TemplateBreach.Kind.DURATION_EXCEEDED,
                TemplateBreach.Kind.PLAN_DIFFERS);
        assertThat(breaches).extracting(TemplateBreach::message).contains(
                "standard change template 7 is RETIRED, not ACTIVE",
                "host lone is outside template 7's scope (hosts [db-01], clusters [mbox])",
                "the window lasts PT3H, longer than template 7's maximum PT1H");
    }
}
