package dev.lull.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import dev.lull.platform.Paged;

/** The mail log: every message written to the outbox, newest first, filtered by what an admin looks for. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MailDeliveries {

    /** Any of the filters may be null. */
    public record Filter(MailStatus status, String recipient, Long change, String type) {
    }

    public Paged<MailDeliveryView> list(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        add(where, values, "status", filter.status());
        add(where, values, "recipient", filter.recipient());
        add(where, values, "changeId", filter.change());
        add(where, values, "type", filter.type());
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return Paged.of(MailDelivery.<MailDelivery>find(query, Sort.descending("id"), values), MailDeliveryView::of,
                page, size);
    }

    private static void add(List<String> where, Map<String, Object> values, String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            values.put(field, value);
        }
    }
}
