package dev.lull.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored rule of an approval policy. */
@Embeddable
public class PolicyRuleRow {
    @Enumerated(EnumType.STRING)
    public ChangeType changeType;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> risks = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> roles = new ArrayList<>();

    static PolicyRuleRow of(PolicyRule rule) {
        PolicyRuleRow row = new PolicyRuleRow();
        row.changeType = rule.type();
        row.risks = new ArrayList<>(rule.risks().stream().map(Risk::name).sorted().toList());
        row.roles = new ArrayList<>(rule.roles());
        return row;
    }

    PolicyRule rule() {
        Set<Risk> parsed = risks.stream().map(Risk::valueOf).collect(Collectors.toSet());
        return new PolicyRule(changeType, parsed, roles);
    }
}
