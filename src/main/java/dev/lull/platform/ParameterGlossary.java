package dev.lull.platform;

import java.util.Map;

import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What each query, path and header parameter of the API means, written once: a parameter name keeps one meaning
 * everywhere, so the OpenAPI document describes it here rather than on each of the operations that take it.
 * An operation's own {@code @Parameter(description = …)} wins.
 */
final class ParameterGlossary {
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("id", "The resource's id, as returned when it was created"),
            Map.entry("name", "The host's or cluster's name (letters, digits, '.', '-', '_')"),
            Map.entry("username", "The person's user name, as they sign in"),
            Map.entry("key", "The approval role's key (e.g. dba)"),
            Map.entry("number", "The plan step's number, from 1"),
            Map.entry("deliveryId", "The delivery's id, as listed among the webhook's deliveries"),
            Map.entry("If-Match", "The ETag last read; a stale one is refused with 412, a missing one with 428"),
            Map.entry("Content-Length", "The body's size in bytes; a body beyond the limit is refused with 413"),
            Map.entry("page", "The page to read, from 0 (page × size at most 1,000,000)"),
            Map.entry("size", "Items per page, from 1 to the listing's maximum"),
            Map.entry("from", "Start of the period, an ISO-8601 instant in UTC (e.g. 2026-12-07T00:00:00Z)"),
            Map.entry("to", "End of the period (exclusive), an ISO-8601 instant in UTC"),
            Map.entry("host", "Only what concerns this host (its name)"),
            Map.entry("cluster", "Only what concerns this cluster (its name)"),
            Map.entry("tag", "Only hosts carrying this tag"),
            Map.entry("nameContains",
                    "Only hosts or clusters whose name contains this text, ignoring case (1 to 63 characters)"),
            Map.entry("status", "Only items in this status; repeat the parameter for several"),
            Map.entry("weeks", "How many past weeks of load history to use"),
            Map.entry("duration", "Length of the window wanted, an ISO-8601 duration (e.g. PT2H)"),
            Map.entry("step", "Resolution, an ISO-8601 duration (e.g. PT1H)"),
            Map.entry("limit", "At most this many items"),
            Map.entry("createHosts", "Register hosts named in the body that are not known yet"),
            Map.entry("role", "Only changes needing this approval role (its key)"),
            Map.entry("awaiting", "Only changes awaiting a decision by this person (user name)"),
            Map.entry("plan", "Only changes booked from this plan (its id)"),
            Map.entry("allowBudgetBreach", "Also offer windows that would overrun a downtime budget"),
            Map.entry("avoidHolidays", "Leave out windows touching a holiday of the host (default true)"));

    private ParameterGlossary() {
    }

    /** Gives every parameter of {@code operation} without a description the glossary's meaning of its name. */
    static void describe(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                parameter.setDescription(MEANINGS.get(parameter.getName()));
            }
        }
    }
}
