package dev.lull.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Builds RFC 9457 {@code application/problem+json} responses. The title (and the type made from it) depends on the
 * status alone: its reason phrase in sentence case, except 400 "Invalid request" and 5xx "Internal error".
 */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://lull.dev/problems/";
    /** A 503 (nothing done: the database or a limit is busy) tells clients when to send again. */
    private static final int RETRY_AFTER_SECONDS = 5;

    private Problem() {
    }

    public static Response response(int status, String detail) {
        return response(status, detail, List.of(), Map.of());
    }

    public static Response response(int status, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        String title = title(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type(status));
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        body.putAll(extensions);
        Response.ResponseBuilder response = Response.status(status).type(JSON).entity(body);
        return (status == 503 ? response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS) : response).build();
    }

    /** The one title of a status, e.g. "Not found", "Precondition required". */
    public static String title(int status) {
        if (status == 400) {
            return "Invalid request";
        }
        if (status >= 500 && status != 503) {
            return "Internal error";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String phrase = switch (status) {
            case 413 -> "Content too large";
            case 414 -> "URI too long";
            case 422 -> "Unprocessable content";
            case 423 -> "Locked";
            case 428 -> "Precondition required";
            case 431 -> "Request header fields too large";
            default -> known != null ? known.getReasonPhrase() : "Error " + status;
        };
        return status == 414 ? phrase : phrase.charAt(0) + phrase.substring(1).toLowerCase();
    }

    /** The problem type URI of a status, made from its title. */
    public static String type(int status) {
        return TYPE_BASE + slug(title(status));
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
