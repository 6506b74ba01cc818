package dev.lull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import dev.lull.platform.Notice;

/** Records every notice whose transaction committed, so tests can see what a feature raised. */
@ApplicationScoped
public class NoticeLog {
    private final List<Notice> committed = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        committed.add(notice);
    }

    /** The committed notices whose data names {@code value} under {@code key}, oldest first. */
    public List<Notice> where(String key, Object value) {
        return committed.stream().filter(n -> value.equals(n.data().get(key))).toList();
    }
}
