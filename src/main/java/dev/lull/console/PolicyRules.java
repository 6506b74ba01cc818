package dev.lull.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lull.change.ChangeType;
import dev.lull.change.PolicyBody;
import dev.lull.change.PolicyView;
import dev.lull.change.Risk;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.FieldError;

/**
 * An approval policy's rules as the host page's form shows and reads them: one row per rule plus an empty one to add a
 * rule. A box's value is {@code row:VALUE} ({@code 0:HIGH}, {@code 1:dba}), so one {@code risk} and one {@code role}
 * list carry every row. Rows without a ticked role or risk are left out; the API's messages about {@code rules[k]}
 * come back next to the row that became rule k.
 */
public record PolicyRules(List<Row> rows, String error) {
    /** The API takes 50 rules; the form shows one more row so that a 51st is refused by the API's own message. */
    static final int MAX_ROWS = 51;
    private static final Pattern RULE = Pattern.compile("rules\\[(\\d+)]\\.?(.*)");
    private static final List<String> RISKS = Arrays.stream(Risk.values()).map(Risk::name).toList();

    /** One rule's row: the risks and roles ticked, and what the API said about it. */
    public record Row(int index, List<String> risks, List<String> roles, String error) {
        public boolean has(String risk) {
            return risks.contains(risk);
        }

        public boolean names(String role) {
            return roles.contains(role);
        }

        public boolean blank() {
            return risks.isEmpty() && roles.isEmpty();
        }
    }

    /** The rows of a stored policy (none: no rows) and an empty one. */
    static PolicyRules of(PolicyView policy) {
        List<Row> rows = new ArrayList<>();
        if (policy != null) {
            policy.rules().forEach(rule -> rows.add(new Row(rows.size(), rule.risks() == null
                    ? List.of()
                    : rule.risks().stream().map(Risk::name).toList(), rule.roles(), "")));
        }
        return new PolicyRules(padded(rows), null);
    }

    /** The rows as the form sent them; a box naming no row of the form is kept as an error for {@link #body}. */
    static PolicyRules typed(int rows, List<String> risk, List<String> role) {
        int count = Math.max(1, Math.min(rows, MAX_ROWS));
        List<String> stray = new ArrayList<>();
        List<List<String>> risks = ticked(count, risk, stray);
        List<List<String>> roles = ticked(count, role, stray);
        List<Row> typed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            typed.add(new Row(i, risks.get(i), roles.get(i), ""));
        }
        return new PolicyRules(typed, stray.isEmpty()
                ? null
                : "these boxes name no rule of the form: " + String.join(", ", stray));
    }

    public List<String> risks() {
        return RISKS;
    }

    /** The API's body: one NORMAL rule per row with something ticked; an unknown risk is the API's 400 on it. */
    PolicyBody body() {
        List<PolicyBody.Rule> rules = new ArrayList<>();
        List<FieldError> wrong = new ArrayList<>();
        if (error != null) {
            wrong.add(new FieldError("rules", error));
        }
        for (Row row : sent()) {
            List<Risk> risks = new ArrayList<>();
            for (String name : row.risks()) {
                if (RISKS.contains(name)) {
                    risks.add(Risk.valueOf(name));
                } else {
                    wrong.add(new FieldError("rules[" + rules.size() + "].risks", "\"" + name
                            + "\" is not one of " + String.join(", ", RISKS)));
                }
            }
            rules.add(new PolicyBody.Rule(ChangeType.NORMAL, risks, row.roles()));
        }
        if (!wrong.isEmpty()) {
            throw ApiProblem.invalid(wrong);
        }
        return new PolicyBody(rules);
    }

    /** The same rows with the problem's messages: {@code rules[k]…} next to the row sent as rule k, others above. */
    PolicyRules refused(ApiProblem problem) {
        List<Row> sent = sent();
        Map<Integer, String> byRow = new LinkedHashMap<>();
        List<String> above = new ArrayList<>();
        Forms.byField(problem).forEach((field, message) -> {
            Matcher rule = RULE.matcher(field);
            if (rule.matches() && Integer.parseInt(rule.group(1)) < sent.size()) {
                String what = rule.group(2).replaceAll("\\[\\d+]$", "");
                byRow.merge(sent.get(Integer.parseInt(rule.group(1))).index(),
                        (what.isEmpty() ? "" : what + ": ") + message, (a, b) -> a + "; " + b);
            } else {
                above.add(message);
            }
        });
        List<Row> shown = rows.stream().map(row -> new Row(row.index(), row.risks(), row.roles(),
                byRow.getOrDefault(row.index(), ""))).toList();
        return new PolicyRules(shown, above.isEmpty() ? null : String.join("; ", above));
    }

    private List<Row> sent() {
        return rows.stream().filter(row -> !row.blank()).toList();
    }

    private static List<Row> padded(List<Row> rows) {
        if (rows.size() < MAX_ROWS) {
            rows.add(new Row(rows.size(), List.of(), List.of(), ""));
        }
        return rows;
    }

    private static List<List<String>> ticked(int count, List<String> boxes, List<String> stray) {
        List<List<String>> byRow = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byRow.add(new ArrayList<>());
        }
        for (String box : boxes == null ? List.<String>of() : boxes) {
            int colon = box.indexOf(':');
            int row = colon < 1 ? -1 : parse(box.substring(0, colon));
            if (row < 0 || row >= count) {
                stray.add(box);
            } else {
                byRow.get(row).add(box.substring(colon + 1));
            }
        }
        return byRow;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
