package dev.lull.platform;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters the matched resource method does not declare (400 naming each), and a second value of a
 * parameter that takes only one, so that a misspelt or unsupported filter is never silently ignored.
 */
public class KnownQueryParameters {
    private final Map<Method, Map<String, Boolean>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(AnyQueryParameters.class)) {
            return;
        }
        Map<String, Boolean> known = declared.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        Set<String> unknown = new TreeSet<>();
        Set<String> repeated = new TreeSet<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            Boolean multiple = known.get(parameter.getKey());
            if (multiple == null) {
                unknown.add(parameter.getKey());
            } else if (!multiple && parameter.getValue().size() > 1) {
                repeated.add(parameter.getKey());
            }
        }
        if (!unknown.isEmpty() || !repeated.isEmpty()) {
            throw problem(unknown, repeated, known.keySet());
        }
    }

    /** Each query parameter of the method by name, true when it takes several values. */
    static Map<String, Boolean> declaredBy(Method method) {
        Map<String, Boolean> names = new HashMap<>();
        for (Parameter parameter : method.getParameters()) {
            String name = name(parameter);
            if (name != null) {
                names.put(name, Collection.class.isAssignableFrom(parameter.getType()));
            }
        }
        return Map.copyOf(names);
    }

    private static String name(Parameter parameter) {
        RestQuery rest = parameter.getAnnotation(RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? parameter.getName() : rest.value();
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        return query == null ? null : query.value();
    }

    private static ApiProblem problem(Set<String> unknown, Set<String> repeated, Set<String> known) {
        String allowed = known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known));
        List<FieldError> errors = new ArrayList<>();
        unknown.forEach(name -> errors.add(new FieldError(name, "unknown query parameter; known here: " + allowed)));
        repeated.forEach(name -> errors.add(new FieldError(name, "given more than once; it takes one value")));
        return ApiProblem.invalid(errors);
    }
}
