package app.parley.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The OpenAPI 3.1 document of the admin API, generated from the declared operations only. */
public final class OpenApi {
    private static final Map<String, Object> ERROR = Map.of("$ref", "#/components/schemas/Error");

    private OpenApi() {}

    public static Map<String, Object> document(List<Operation> operations) {
        Schemas schemas = new Schemas();
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Operation op : operations) {
            paths.computeIfAbsent(op.path(), p -> new TreeMap<>()).put(op.method().toLowerCase(), operation(op, schemas));
        }
        Map<String, Object> components = new LinkedHashMap<>();
        Map<String, Object> schemaComponents = new TreeMap<>(schemas.components());
        schemaComponents.put("Error", Map.of("type", "object", "required", List.of("error", "message"),
                "properties", Map.of("error", Map.of("type", "string"), "message", Map.of("type", "string"))));
        components.put("schemas", schemaComponents);
        components.put("securitySchemes", Map.of("bearerAuth", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT")));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Parley admin API", "version", "1"));
        doc.put("security", List.of(Map.of("bearerAuth", List.of())));
        doc.put("paths", paths);
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> operation(Operation op, Schemas schemas) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("operationId", op.id());
        o.put("summary", op.summary());
        o.put("tags", List.of(op.tag()));
        switch (op.access()) {
            case Access.Public p -> o.put("security", List.of());
            case Access.SignedIn s -> o.put("security", List.of(Map.of("bearerAuth", List.of())));
            case Access.Requires r -> {
                o.put("security", List.of(Map.of("bearerAuth", List.of())));
                o.put("x-permission", r.permission().name());
                o.put("x-minimum-role", r.permission().minimumRole().name());
            }
        }
        List<Map<String, Object>> parameters = new java.util.ArrayList<>();
        op.pathParameters().forEach(n -> parameters.add(Map.of("name", n, "in", "path", "required", true, "schema", Map.of("type", "string"))));
        op.queryParameters().forEach(n -> parameters.add(Map.of("name", n, "in", "query", "required", false,
                "schema", Map.of("type", "limit".equals(n) ? "integer" : "string"))));
        if (!parameters.isEmpty()) o.put("parameters", parameters);
        if (op.requestType() != null) o.put("requestBody", requestBody(op, schemas));
        o.put("responses", responses(op, schemas));
        return o;
    }

    private static Map<String, Object> requestBody(Operation op, Schemas schemas) {
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("schema", schemas.of(op.requestType()));
        if (op.requestExample() != null) media.put("example", example(op.requestExample()));
        return Map.of("required", !op.bodyOptional(), "content", Map.of("application/json", media));
    }

    private static Object example(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an operation's example is not JSON: " + json, e);
        }
    }

    private static Map<String, Object> responses(Operation op, Schemas schemas) {
        Map<String, Object> responses = new TreeMap<>();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", "Success");
        if (op.responseType() != null) {
            Map<String, Object> schema = op.listResponse() ? schemas.listing(op.responseType()) : schemas.of(op.responseType());
            success.put("content", Map.of("application/json", Map.of("schema", schema)));
        } else if (!"application/json".equals(op.responseMediaType())) {
            success.put("content", Map.of(op.responseMediaType(), Map.of("schema",
                    Map.of("type", "string", "format", "binary", "contentMediaType", op.responseMediaType()))));
        }
        responses.put(Integer.toString(op.successStatus()), success);
        boolean secured = !(op.access() instanceof Access.Public);
        if (op.requestType() != null || !op.queryParameters().isEmpty()) responses.put("400", error("Invalid request; the message names the field"));
        if (secured) responses.put("401", error("No, invalid, expired or tampered access token"));
        if (op.access() instanceof Access.Requires) responses.put("403", error("The caller's role is below the operation's"));
        if (!op.pathParameters().isEmpty()) responses.put("404", error("No such object in the caller's tenant"));
        if (secured) responses.put("429", error("Rate limited; see Retry-After"));
        return responses;
    }

    private static Map<String, Object> error(String description) {
        return Map.of("description", description, "content", Map.of("application/json", Map.of("schema", ERROR)));
    }
}
