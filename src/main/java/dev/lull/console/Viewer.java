package dev.lull.console;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;

import dev.lull.change.Caller;
import dev.lull.platform.Roles;

/** The person looking at a page: who they are, their roles, and the time zone they chose to read times in. */
@Named("viewer")
@RequestScoped
public class Viewer {
    static final String ZONE_COOKIE = "lull-zone";
    static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z",
            Locale.ENGLISH);

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    Viewer(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public String username() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public Caller caller() {
        return Caller.of(identity);
    }

    public boolean canRequest() {
        return identity.hasRole(Roles.REQUESTER);
    }

    public boolean isChangeManager() {
        return identity.hasRole(Roles.CHANGE_MANAGER);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The zone the viewer chose (a cookie set from the calendar), else UTC. */
    public ZoneId zone() {
        Cookie cookie = request.getCurrent() == null ? null : request.getCurrent().request().getCookie(ZONE_COOKIE);
        return cookie == null ? UTC : zoneOr(cookie.getValue(), UTC);
    }

    /** An instant as the viewer reads it, in their zone. */
    public String at(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone()));
    }

    /** An instant in another zone, such as a host's. */
    public static String at(Instant instant, ZoneId zone) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    static ZoneId zoneOr(String name, ZoneId fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
