package dev.lull.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents problem+json error bodies, 400/401/403 on every API operation, 412/428 on every PUT and PATCH that takes
 * If-Match, 415 on every merge patch, either scheme (Basic or JWT) wherever roles are required, and no credentials
 * outside the API.
 */
public class ProblemResponses implements OASFilter {
    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    document(method, operation);
                    ParameterGlossary.describe(operation);
                    EitherScheme.offer(operation);
                });
            } else {
                item.getOperations().values().forEach(operation -> operation.setSecurity(new ArrayList<>()));
            }
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "400", "Invalid request: the problem names each bad field");
        addIfAbsent(responses, "401", "No or bad credentials");
        addIfAbsent(responses, "403", "The caller's roles do not allow this");
        boolean mergePatch = method == PathItem.HttpMethod.PATCH && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType(MergePatches.MEDIA_TYPE);
        if ((method == PathItem.HttpMethod.PUT || mergePatch) && takesIfMatch(operation)) {
            addIfAbsent(responses, "412", "If-Match names an older version");
            addIfAbsent(responses, "428", "If-Match is missing (where the resource exists)");
        }
        if (mergePatch) {
            addIfAbsent(responses, "415", "The body is not " + MergePatches.MEDIA_TYPE);
        }
        responses.getAPIResponses().forEach((code, response) -> {
            boolean ownBody = response.getContent() != null && !response.getContent().getMediaTypes().isEmpty();
            if ((code.startsWith("4") || code.startsWith("5")) && !ownBody) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
            }
        });
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", text, "message", text));
        Schema conflict = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("kind", text, "message", text,
                        "details", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", text);
        properties.put("title", text);
        properties.put("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
        properties.put("detail", text);
        properties.put("errors", list(error).description("Each bad field of a 400, with what is wrong with it"));
        properties.put("reason", text("Why a 403 refused an action, e.g. REQUESTER_MAY_NOT_DECIDE"));
        properties.put("changeStatus", text("The change's status when an action was refused (409)"));
        properties.put("allowedActions", list(text).description("The actions the caller may take now (409)"));
        properties.put("conflicts", list(conflict).description("What a window collides with (409)"));
        properties.put("unknownHosts", list(text).description("Host names in an ingest that are not registered"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem; members beyond the first five appear where they apply")
                .properties(properties);
    }

    private static Schema list(Schema items) {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(items);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
