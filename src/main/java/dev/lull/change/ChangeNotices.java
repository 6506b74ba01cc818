package dev.lull.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import dev.lull.people.RoleDirectory;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/** Turns each transition of a change into the notices webhooks subscribe to, inside the same transaction. */
@ApplicationScoped
public class ChangeNotices {
    private final Event<Notice> notices;
    private final RoleDirectory roles;

    ChangeNotices(Event<Notice> notices, RoleDirectory roles) {
        this.notices = notices;
        this.roles = roles;
    }

    void onTransition(@Observes ChangeTransitioned transition) {
        ChangeRequest change = ChangeRequest.findById(transition.changeId());
        for (NoticeType type : typesOf(transition)) {
            notices.fire(new Notice(type, data(change, transition)));
        }
        if (transition.action() == ChangeAction.SUBMIT && transition.to() == ChangeStatus.ASSESS) {
            Map<String, Set<String>> owners = roles.ownersByRole();
            change.approvalRound().pendingRoles().forEach(role -> {
                Map<String, Object> data = data(change, transition);
                data.put("role", role);
                data.put("owners", List.copyOf(owners.getOrDefault(role, Set.of())));
                notices.fire(new Notice(NoticeType.CHANGE_APPROVAL_REQUESTED, data));
            });
        }
    }

    static List<NoticeType> typesOf(ChangeTransitioned transition) {
        List<NoticeType> types = new ArrayList<>();
        switch (transition.action()) {
            case SUBMIT -> types.add(NoticeType.CHANGE_SUBMITTED);
            case APPROVE -> {
                if (transition.to() == ChangeStatus.AUTHORIZE) {
                    types.add(NoticeType.CHANGE_APPROVED);
                }
            }
            case REJECT, REJECT_AUTHORIZATION -> types.add(NoticeType.CHANGE_REJECTED);
            case AUTHORIZE -> types.add(NoticeType.CHANGE_AUTHORIZED);
            case RESCHEDULE -> types.add(NoticeType.CHANGE_RESCHEDULED);
            case START -> types.add(NoticeType.CHANGE_STARTED);
            case COMPLETE -> types.add(NoticeType.CHANGE_COMPLETED);
            case CLOSE -> types.add(NoticeType.CHANGE_CLOSED);
            case CANCEL -> types.add(NoticeType.CHANGE_CANCELED);
            default -> {
            }
        }
        if (transition.to() == ChangeStatus.SCHEDULED && transition.from() != ChangeStatus.SCHEDULED) {
            types.add(NoticeType.CHANGE_SCHEDULED);
        }
        return types;
    }

    static Map<String, Object> data(ChangeRequest change, ChangeTransitioned transition) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("change", change.id);
        data.put("title", change.title);
        data.put("type", change.type.name());
        data.put("hosts", change.hosts.stream().sorted().toList());
        data.put("window", Map.of("start", change.windowStart.toString(), "end", change.windowEnd.toString()));
        if (transition != null) {
            data.put("from", transition.from() == null ? null : transition.from().name());
            data.put("to", transition.to().name());
            data.put("actor", transition.actor());
            data.put("at", transition.at().toString());
        }
        return data;
    }
}
