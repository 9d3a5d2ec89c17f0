package app.parley.local.http;

import app.parley.local.engines.CloudTemplate.JwtAuthorizer;
import app.parley.local.lambda.FunctionContainer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API route ({@code GET /health}, {@code ANY /api/{proxy+}}), the function behind it, and the JWT
 * authorizer API Gateway runs first, if any.
 */
public record Route(String method, String path, FunctionContainer function, Optional<JwtAuthorizer> authorizer) {

    public Route(String method, String path, FunctionContainer function) {
        this(method, path, function, Optional.empty());
    }

    public String routeKey() {
        return method + " " + path;
    }

    /** The path parameters when the request matches this route, matched the way API Gateway does. */
    public Optional<Map<String, String>> match(String requestMethod, List<String> requestSegments) {
        if (!method.equals("ANY") && !method.equals(requestMethod)) return Optional.empty();
        List<String> segments = segments(path);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isGreedy(segment)) {
                if (i >= requestSegments.size()) return Optional.empty();
                parameters.put(variable(segment), String.join("/", requestSegments.subList(i, requestSegments.size())));
                return Optional.of(parameters);
            }
            if (i >= requestSegments.size()) return Optional.empty();
            String actual = requestSegments.get(i);
            if (isVariable(segment)) {
                if (actual.isEmpty()) return Optional.empty();
                parameters.put(variable(segment), actual);
            } else if (!segment.equals(actual)) {
                return Optional.empty();
            }
        }
        return segments.size() == requestSegments.size() ? Optional.of(parameters) : Optional.empty();
    }

    /** Lower is more specific: exact paths, then fewer variables, then greedy; a method before ANY. */
    int specificity() {
        List<String> segments = segments(path);
        boolean greedy = segments.stream().anyMatch(Route::isGreedy);
        long variables = segments.stream().filter(Route::isVariable).count();
        return (greedy ? 100_000 : 0) + (int) variables * 1_000 - segments.size() * 10 + (method.equals("ANY") ? 1 : 0);
    }

    static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static boolean isGreedy(String segment) {
        return segment.startsWith("{") && segment.endsWith("+}");
    }

    private static String variable(String segment) {
        return segment.substring(1, segment.length() - (isGreedy(segment) ? 2 : 1));
    }
}
