package dev.lull.console;

import org.jboss.resteasy.reactive.RestForm;

/** The rolling-plan form as posted; {@code submit} is the value of the booking button pressed. */
public class PlanFields {
    @RestForm
    String minutes;
    @RestForm
    String from;
    @RestForm
    String to;
    @RestForm
    String notOn;
    @RestForm
    String earliest;
    @RestForm
    String latest;
    @RestForm
    String maxPerNight;
    @RestForm
    String title;
    @RestForm
    String stepTitle;
    @RestForm
    String stepRole;
    @RestForm
    String stepMinutes;
    @RestForm
    String risk;
    @RestForm
    String backoutPlan;
    @RestForm
    String submit;

    PlanDraft draft() {
        return new PlanDraft(minutes, from, to, notOn, earliest, latest, maxPerNight, title, stepTitle, stepRole,
                stepMinutes, risk, backoutPlan, "true".equals(submit));
    }
}
