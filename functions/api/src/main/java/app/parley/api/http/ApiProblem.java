package app.parley.api.http;

import java.util.Map;

/**
 * An answer other than success, as the contract shapes it: {@code {"error","message"}} with a status.
 * Thrown from deep inside parsing and validation, caught only by the {@link Router}.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public ApiProblem(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public ApiProblem(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public static ApiProblem invalid(String field, String sentence) {
        return new ApiProblem(400, "invalid_field", field + ": " + sentence);
    }

    public static ApiProblem badRequest(String code, String sentence) {
        return new ApiProblem(400, code, sentence);
    }

    public static ApiProblem notFound() {
        return new ApiProblem(404, "not_found", "There is no such resource.");
    }

    public static ApiProblem conflict(String code, String sentence) {
        return new ApiProblem(409, code, sentence);
    }

    public static ApiProblem forbidden(String sentence) {
        return new ApiProblem(403, "forbidden", sentence);
    }

    public static ApiProblem unauthorized() {
        return new ApiProblem(401, "unauthorized", "Sign in again: the access token is missing, invalid or expired.");
    }

    public static ApiProblem tooManyRequests(long retryAfterSeconds) {
        return new ApiProblem(429, "too_many_requests", "Too many requests; retry in " + retryAfterSeconds + " seconds.",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public int status() { return status; }
    public String code() { return code; }
    public Map<String, String> headers() { return headers; }
}
