package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/** Raises {@code change.window-reminder} once per scheduled change, a configured lead before its window. */
@ApplicationScoped
public class ChangeReminders {
    private static final String DUE = """
            select id from change_request
            where status = 'SCHEDULED' and reminded_at is null and window_start > :now and window_start <= :until
            for update skip locked""";
    private static final String MARK = "update change_request set reminded_at = :now where id in (:ids)";

    private final EntityManager entityManager;
    private final Event<Notice> notices;
    private final ChangeConfig config;
    private final Clock clock;

    ChangeReminders(EntityManager entityManager, Event<Notice> notices, ChangeConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.notices = notices;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "change-reminders", every = "{lull.changes.reminder-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        remind();
    }

    /**
     * Claims the due reminders (rows another replica holds are skipped) and raises one notice each. The rows are
     * marked only when some are due: any statement on {@code change_request}, even one changing no row, moves the
     * timeline version (V86), and with it every replica's cached proposals.
     */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        List<Long> due = ((List<?>) entityManager.createNativeQuery(DUE).setParameter("now", now)
                .setParameter("until", now.plus(config.reminderLead())).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
        if (due.isEmpty()) {
            return 0;
        }
        entityManager.createNativeQuery(MARK).setParameter("now", now).setParameter("ids", due).executeUpdate();
        for (Long id : due) {
            ChangeRequest change = ChangeRequest.findById(id);
            notices.fire(new Notice(NoticeType.CHANGE_WINDOW_REMINDER, ChangeNotices.data(change, null)));
        }
        return due.size();
    }
}
