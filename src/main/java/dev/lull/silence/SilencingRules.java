package dev.lull.silence;

import java.util.ArrayList;
import java.util.List;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.ServiceUrl;

/** Checks a silencing body; each refusal names its field (400). */
final class SilencingRules {
    private SilencingRules() {
    }

    /** The checked URLs, without a trailing slash; {@code onCluster} requires {host} in a matcher. */
    static List<String> check(SilencingBody body, boolean onCluster) {
        if (!"alertmanager".equals(body.type())) {
            throw ApiProblem.invalid("type", "must be alertmanager");
        }
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < body.urls().size(); i++) {
            urls.add(ServiceUrl.require("urls[" + i + "]", body.urls().get(i)).toString().replaceAll("/+$", ""));
        }
        if (urls.stream().distinct().count() < urls.size()) {
            throw ApiProblem.invalid("urls", "must not name an Alertmanager twice");
        }
        if (onCluster && body.matchers().stream().noneMatch(m -> m.value().contains(SilencingBody.HOST))) {
            throw ApiProblem.invalid("matchers", "must hold {host} in a value on a cluster, so each host gets its own");
        }
        return urls;
    }
}
