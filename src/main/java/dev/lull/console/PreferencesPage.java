package dev.lull.console;

import static dev.lull.console.AdminPage.blank;
import static dev.lull.console.AdminPage.text;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.console.AdminPage.Typed;
import dev.lull.people.MailCadence;
import dev.lull.people.PersonDirectory;
import dev.lull.people.PersonRequest;
import dev.lull.people.PersonView;
import dev.lull.people.Preferences;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.FieldError;
import dev.lull.platform.NoticeType;
import dev.lull.platform.Roles;

/**
 * The signed-in person's own settings: the name and address notices use, the zone and language of their dates, and
 * what they are mailed (each event as it happens, or a daily digest); the link at the foot of every mail leads here.
 */
@Path("/me/preferences")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class PreferencesPage {
    static final String PAGE = "/me/preferences";
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final Preferences DEFAULTS = new Preferences(MailCadence.IMMEDIATE, null, true, null, null);
    private final PersonDirectory people;
    private final Viewer viewer;
    private final Forms forms;

    PreferencesPage(PersonDirectory people, Viewer viewer, Forms forms) {
        this.people = people;
        this.viewer = viewer;
        this.forms = forms;
    }

    /** One event the person may tick, and whether it is ticked. */
    public record Event(String id, boolean chosen) {
    }

    /** The form as shown: the profile's version (empty: none yet), what it holds or was typed, the events. */
    public record Settings(String version, Typed typed, List<Event> events, String done) {
        public boolean digest() {
            return MailCadence.DIGEST.name().equals(typed.value("cadence"));
        }

        public boolean invitations() {
            return "true".equals(typed.value("invitations"));
        }

        /** The zone names offered while typing. */
        public List<String> zones() {
            return ZONES;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(Settings settings);
    }

    @GET
    public TemplateInstance show(@RestQuery String done) {
        String username = viewer.username();
        var stored = people.preferences(username);
        Preferences preferences = stored.map(v -> v.body()).orElse(DEFAULTS);
        PersonView person = people.find(username).orElse(null);
        Map<String, String> values = values(person == null ? username : person.displayName(),
                person == null ? null : person.email(), preferences);
        String version = stored.map(v -> Long.toString(v.version())).orElse("");
        return Templates.preferences(new Settings(version, new Typed("prefs", values, null, Map.of()),
                events(preferences.events()), done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String version, @RestForm String displayName, @RestForm String email,
            @RestForm String timeZone, @RestForm String language, @RestForm String cadence,
            @RestForm List<String> events, @RestForm String invitations) {
        List<String> chosen = events == null ? List.of() : events;
        Map<String, String> typed = new LinkedHashMap<>(Map.of("displayName", text(displayName), "email",
                text(email), "timeZone", text(timeZone), "language", text(language), "cadence", text(cadence),
                "invitations", Boolean.toString(invitations != null)));
        try {
            List<FieldError> found = new ArrayList<>();
            PersonRequest profile = new PersonRequest(blank(displayName), blank(email));
            Preferences preferences = new Preferences(cadence(cadence, found), every(chosen), invitations != null,
                    blank(timeZone), blank(language));
            String ifMatch = ifMatch(version, found);
            forms.requireValid(found, profile, preferences);
            people.putOwn(viewer.username(), profile, preferences, ifMatch);
            return Response.seeOther(AdminPage.done(PAGE, "Saved your preferences")).build();
        } catch (ApiProblem problem) {
            Typed refused = Typed.refused("prefs", typed, AdminPage.refusal("profile", problem), problem);
            return Response.status(problem.status())
                    .entity(Templates.preferences(new Settings(text(version), refused, events(chosen), null))).build();
        }
    }

    private static Map<String, String> values(String displayName, String email, Preferences preferences) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", text(displayName));
        values.put("email", text(email));
        values.put("timeZone", text(preferences.timeZone()));
        values.put("language", text(preferences.language()));
        values.put("cadence", preferences.cadence().name());
        values.put("invitations", Boolean.toString(preferences.invitations()));
        return values;
    }

    /** Every event, ticked when chosen; no choice stored means every one. */
    private static List<Event> events(List<String> chosen) {
        return NoticeType.ids().stream().map(id -> new Event(id, chosen == null || chosen.contains(id))).toList();
    }

    /** Every event ticked is stored as "every event", so events added later reach the person too. */
    private static List<String> every(List<String> chosen) {
        List<String> known = new ArrayList<>(chosen.stream().distinct().limit(NoticeType.values().length + 1L)
                .toList());
        return known.containsAll(NoticeType.ids()) ? null : known;
    }

    /** The cadence chosen; an unknown one is noted in {@code found} and read as immediate meanwhile. */
    private static MailCadence cadence(String cadence, List<FieldError> found) {
        try {
            return MailCadence.valueOf(text(cadence));
        } catch (IllegalArgumentException e) {
            found.add(new FieldError("cadence", "choose each event as it happens or a daily digest"));
            return MailCadence.IMMEDIATE;
        }
    }

    /** The If-Match of the version the page was read at; none when the person had no profile yet. */
    private static String ifMatch(String version, List<FieldError> found) {
        if (blank(version) == null) {
            return null;
        }
        try {
            return ETags.ifMatch(Long.parseLong(version.trim()));
        } catch (NumberFormatException e) {
            found.add(new FieldError("version", "reload the page: its version is not a number"));
            return null;
        }
    }
}
