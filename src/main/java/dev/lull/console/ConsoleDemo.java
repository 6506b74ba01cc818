package dev.lull.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

import dev.lull.change.ApprovalBody;
import dev.lull.change.ApprovalDecision;
import dev.lull.change.AuthorizeBody;
import dev.lull.change.Caller;
import dev.lull.change.ChangeActions;
import dev.lull.change.ChangeBody;
import dev.lull.change.ChangeDesk;
import dev.lull.change.ChangeRequest;
import dev.lull.change.ChangeType;
import dev.lull.change.Risk;
import dev.lull.change.StepBody;
import dev.lull.change.WindowBody;
import dev.lull.demo.DemoConfig;
import dev.lull.platform.Roles;
import dev.lull.schedule.BlackoutCatalog;
import dev.lull.schedule.BlackoutRequest;

/** Dev mode only: a few changes in every state and a blackout, so the console opens on a populated calendar. */
@ApplicationScoped
@IfBuildProfile("dev")
public class ConsoleDemo {
    private static final Logger LOG = Logger.getLogger(ConsoleDemo.class);
    private static final Caller REQUESTER = new Caller("requester", Set.of(Roles.REQUESTER, Roles.VIEWER));
    private final DemoConfig config;
    private final ChangeDesk desk;
    private final ChangeActions actions;
    private final BlackoutCatalog blackouts;
    private final Clock clock;

    ConsoleDemo(DemoConfig config, ChangeDesk desk, ChangeActions actions, BlackoutCatalog blackouts, Clock clock) {
        this.config = config;
        this.desk = desk;
        this.actions = actions;
        this.blackouts = blackouts;
        this.clock = clock;
    }

    @ActivateRequestContext
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        if (!config.enabled() || ChangeRequest.count() > 0) {
            return;
        }
        try {
            Instant day = clock.instant().truncatedTo(ChronoUnit.DAYS);
            blackouts.create(new BlackoutRequest("Month-end freeze", day.plus(Duration.ofHours(30)),
                    day.plus(Duration.ofHours(40)), "Europe/Paris", null, null, List.of("mbox"),
                    "finance closes the month"));
            long scheduled = change("Rolling patch of mbox-02", "mbox-02", day.plus(Duration.ofHours(49)));
            actions.submit(scheduled, null, REQUESTER);
            actions.decide(scheduled, new ApprovalBody("infrastructure-admin", ApprovalDecision.APPROVE, "fine"),
                    null, new Caller("infra", Set.of(Roles.VIEWER)));
            actions.authorize(scheduled, new AuthorizeBody(ApprovalDecision.APPROVE, "quiet night"), null,
                    new Caller("manager", Set.of(Roles.CHANGE_MANAGER, Roles.VIEWER)));
            actions.submit(change("Firmware update of mbox-03", "mbox-03", day.plus(Duration.ofHours(74))), null,
                    REQUESTER);
            change("Disk swap on sql-01", "sql-01", day.plus(Duration.ofHours(98)));
            LOG.info("Console demo: three changes and a blackout; sign in at / as requester, manager or infra "
                    + "(password lull)");
        } catch (RuntimeException e) {
            LOG.warnf("Console demo changes not seeded: %s", e.getMessage());
        }
    }

    private long change(String title, String host, Instant start) {
        ChangeBody body = new ChangeBody(title, "Demo change", ChangeType.NORMAL, List.of(host),
                new WindowBody(start, start.plus(Duration.ofHours(2))),
                List.of(new StepBody("drain and patch", "infrastructure-admin", Duration.ofMinutes(45)),
                        new StepBody("check the queues", "it-operations", Duration.ofMinutes(30))),
                List.of("infrastructure-admin"), Risk.LOW, "restore the snapshot", null, null);
        return desk.create(body, REQUESTER).body().id();
    }
}
