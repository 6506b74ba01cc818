package dev.lull.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import dev.lull.platform.FieldError;
import dev.lull.platform.NoticeType;

/**
 * What a webhook request must meet beyond its annotations: an http(s) URL not aimed at an internal address, known
 * event types, a proper secret.
 */
final class WebhookRules {
    private WebhookRules() {
    }

    /** Every broken rule, each naming its field; empty when the request is fine. */
    static List<FieldError> check(WebhookRequest request, TargetGuard guard) {
        List<FieldError> errors = new ArrayList<>();
        if (!isHttpUrl(request.url())) {
            errors.add(new FieldError("url", "must be an absolute http or https URL"));
        } else {
            guard.refusalOnSave(URI.create(request.url())).ifPresent(why -> errors.add(new FieldError("url", why)));
        }
        for (int i = 0; i < request.events().size(); i++) {
            if (NoticeType.of(request.events().get(i)).isEmpty()) {
                errors.add(new FieldError("events[" + i + "]", "unknown event type '" + request.events().get(i)
                        + "'; known: " + String.join(", ", NoticeType.ids())));
            }
        }
        if (request.secret() != null && StandardWebhooks.key(request.secret()).isEmpty()) {
            errors.add(new FieldError("secret", "must be whsec_ followed by the base64 of "
                    + StandardWebhooks.MIN_KEY_BYTES + " to " + StandardWebhooks.MAX_KEY_BYTES + " bytes"));
        }
        return errors;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
