package app.parley.whatsapp.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Classifies Graph API error responses ({@code {"error":{"message","code","error_data":{"details"}}}})
 * into retryable and permanent failures. Codes from Meta's Cloud API error-code reference.
 */
final class GraphErrors {
    /** Outside the 24-hour customer service window: 131047 (Cloud API), 470 (legacy). */
    static final Set<Integer> REENGAGEMENT = Set.of(131047, 470);
    /** Throttling and temporary outages: worth retrying later. */
    static final Set<Integer> TRANSIENT = Set.of(
            1, 2, 4, 17, 341, 80007, 130429, 131000, 131016, 131048, 131056, 131057, 133004);
    /** Meta allows one message to the same customer every ~6 seconds. */
    private static final Duration PAIR_RATE_WAIT = Duration.ofSeconds(6);
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphErrors() {}

    static GraphFailure classify(int httpStatus, String body, OptionalLong retryAfterSeconds) {
        JsonNode error = errorOf(body);
        int code = error.path("code").isInt() ? error.path("code").asInt() : httpStatus;
        String message = message(error, httpStatus);
        if (httpStatus >= 500 || httpStatus == 429 || TRANSIENT.contains(code)) {
            return new RetryableFailure(code, message, retryAfter(code, retryAfterSeconds));
        }
        return new PermanentFailure(code, message, REENGAGEMENT.contains(code));
    }

    /**
     * Whether an error answer to a send leaves open whether Meta took the message: a gateway's 502 or 504 (the request may
     * have reached the servers behind it, which may have sent it after the gateway gave up), or a 500 that is not Meta's
     * own error object. An answer with Meta's error object is Meta saying it did not send; a 503 or 429 is a refusal.
     */
    static boolean leavesSendOpen(int httpStatus, String body) {
        return httpStatus == 502 || httpStatus == 504 || (httpStatus == 500 && errorOf(body).path("code").isMissingNode());
    }

    static RetryableFailure unreachable(Exception e) {
        return new RetryableFailure(0, "the Graph API could not be reached: " + describe(e), Optional.empty());
    }

    static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    private static JsonNode errorOf(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body).path("error");
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    private static String message(JsonNode error, int httpStatus) {
        String message = Json.text(error, "message");
        String details = Json.text(error.path("error_data"), "details");
        if (message == null) return "the Graph API answered HTTP " + httpStatus;
        return details == null ? message : message + ": " + details;
    }

    private static Optional<Duration> retryAfter(int code, OptionalLong headerSeconds) {
        if (headerSeconds.isPresent()) return Optional.of(Duration.ofSeconds(headerSeconds.getAsLong()));
        return code == 131056 ? Optional.of(PAIR_RATE_WAIT) : Optional.empty();
    }
}
