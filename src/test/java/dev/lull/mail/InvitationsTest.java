package dev.lull.mail;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.mail.MailFixtures.T0;
import static dev.lull.mail.MailFixtures.cast;
import static dev.lull.mail.MailFixtures.change;
import static dev.lull.mail.MailFixtures.days;
import static dev.lull.mail.MailFixtures.host;
import static dev.lull.mail.MailFixtures.schedule;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.lull.Api;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;

/**
 * Scheduling sends an iTIP invitation, a reschedule an update and a cancellation a CANCEL, each the same event (UID,
 * SEQUENCE) as the change's in the ICS feeds; read back by ical4j and by biweekly.
 */
@QuarkusTest
@TestProfile(MailProfile.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InvitationsTest {
    @Inject
    MailWorker worker;
    private Smtp smtp;

    @BeforeEach
    void start() {
        clockAt(T0);
        smtp = Smtp.fresh();
        cast();
    }

    /** The iTIP part of the latest message to {@code user} about the change whose subject has {@code what}. */
    private MimeMessage latest(int id, String user, String what) {
        worker.deliverDue(days(30));
        List<MimeMessage> found = smtp.about(id).stream()
                .filter(m -> Smtp.to(m).startsWith(user + "@") && Smtp.subject(m).contains(what)).toList();
        assertThat(found).as(user + " told that it " + what).hasSize(1);
        return found.get(0);
    }

    private static Calendar ical4j(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feed's SEQUENCE and UID of the change's event, read through a host feed with tentative changes. */
    private static List<String> feedEvent(String feed, int id) {
        String text = given().get(feed).then().statusCode(200).extract().asString();
        net.fortuna.ical4j.model.component.VEvent event = ical4j(
                text).<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith(id + "@"))
                .findFirst().orElseThrow();
        return List.of(event.getUid().orElseThrow().getValue(),
                event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    /** METHOD, UID, SEQUENCE, STATUS and attendees as both parsers read them, after checking they agree. */
    private static List<String> itip(MimeMessage message, String method) {
        assertThat(Smtp.contentType(message, "text/calendar").orElseThrow()).containsIgnoringCase("method=" + method);
        String text = Smtp.part(message, "text/calendar").orElseThrow();
        Calendar calendar = ical4j(text);
        net.fortuna.ical4j.model.component.VEvent event = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents(
                "VEVENT").get(0);
        ICalendar other = Biweekly.parse(text).first();
        VEvent otherEvent = other.getEvents().get(0);
        assertThat(other.getMethod().getValue()).isEqualTo(calendar.getProperty(Property.METHOD).orElseThrow()
                .getValue());
        assertThat(otherEvent.getUid().getValue()).isEqualTo(event.getUid().orElseThrow().getValue());
        assertThat(otherEvent.getSequence().getValue().toString())
                .isEqualTo(event.getProperty(Property.SEQUENCE).orElseThrow()
                        .getValue());
        assertThat(otherEvent.getOrganizer().getEmail()).isEqualTo("changes@lull.test");
        assertThat(otherEvent.getAttendees()).extracting(a -> a.getEmail()).contains("requester@lull.test",
                "dba@lull.test", "ops@lull.test");
        assertThat(otherEvent.getDateStart().getValue().toInstant()).isEqualTo(start(event));
        return List.of(other.getMethod().getValue(), otherEvent.getUid().getValue(),
                otherEvent.getSequence().getValue().toString(), otherEvent.getStatus().getValue());
    }

    private static java.time.Instant start(net.fortuna.ical4j.model.component.VEvent event) {
        return java.time.Instant.from(event.<net.fortuna.ical4j.model.property.DateProperty<?>>getRequiredProperty(
                Property.DTSTART).getDate());
    }

    @Test
    void scheduling_invites_a_reschedule_updates_and_a_cancellation_withdraws_the_feeds_event() {
        String role = Api.role("mrole", "dba");
        String host = host("ops");
        String feed = as("viewer").body(Map.of("scope", Map.of("host", host), "includeTentative", true))
                .post("/api/v1/feeds").then().statusCode(201).extract().path("url");
        int id = change(host, role);
        schedule(id, role);

        List<String> invited = itip(latest(id, "ops", "is scheduled"), "REQUEST");
        assertThat(invited.subList(1, 3)).isEqualTo(feedEvent(feed, id));
        assertThat(invited.get(3)).isEqualTo("CONFIRMED");
        assertThat(itip(latest(id, "requester", "is scheduled"), "REQUEST")).isEqualTo(invited);

        as("requester").header("If-Match", "*").body(Map.of("start", days(4).toString(), "end",
                days(4).plus(Duration.ofHours(2)).toString())).put("/api/v1/changes/{id}/window", id).then()
                .statusCode(200);
        List<String> updated = itip(latest(id, "ops", "moved to another window"), "REQUEST");
        assertThat(updated.subList(1, 3)).isEqualTo(feedEvent(feed, id));
        assertThat(Integer.parseInt(updated.get(2))).isEqualTo(Integer.parseInt(invited.get(2)) + 1);

        as("manager").body(Map.of("reason", "not needed")).post("/api/v1/changes/{id}/cancel", id).then()
                .statusCode(200);
        List<String> canceled = itip(latest(id, "ops", "was canceled"), "CANCEL");
        assertThat(canceled.subList(1, 3)).isEqualTo(feedEvent(feed, id));
        assertThat(canceled.get(3)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(canceled.get(2))).isGreaterThan(Integer.parseInt(updated.get(2)));
    }
}
