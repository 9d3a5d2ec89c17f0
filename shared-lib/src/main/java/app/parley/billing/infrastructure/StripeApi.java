package app.parley.billing.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Stripe's REST API on the JDK's HTTP client: form-encoded POSTs with a Bearer secret key and an
 * {@code Idempotency-Key}, JSON objects back, Stripe's error envelope on failure. Replaces
 * stripe-java, whose thousands of generated classes made the function packages exceed 20 MB.
 * Network failures and 5xx/409/429 answers are retried (twice) under the same idempotency key.
 */
public final class StripeApi {
    public static final String LIVE_API_BASE = "https://api.stripe.com";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RETRIES = 2;
    private final String apiKey;
    private final String base;
    private final HttpClient http;

    public StripeApi(String apiKey, String base) {
        this.apiKey = apiKey;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The created object, or Stripe's error message. */
    public sealed interface Answer {
        record Ok(JsonNode object) implements Answer {}
        record Failed(String message) implements Answer {}
    }

    /** POST {@code path} (e.g. {@code /v1/customers}) with form fields in Stripe's bracket notation. */
    public Answer post(String path, Map<String, String> form, String idempotencyKey) {
        String key = idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString(); // per request, never at init
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + apiKey).header("Idempotency-Key", key)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        Answer last = new Answer.Failed("Stripe was not reached");
        for (int attempt = 0; attempt <= RETRIES; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                last = answer(response.statusCode(), response.body());
                if (!retryable(response.statusCode())) return last;
            } catch (IOException e) {
                last = new Answer.Failed("Stripe could not be reached: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer.Failed("interrupted");
            }
        }
        return last;
    }

    private static boolean retryable(int status) { return status >= 500 || status == 409 || status == 429; }

    private static Answer answer(int status, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return new Answer.Failed("Stripe answered " + status + " with a body that is not JSON");
        }
        if (status / 100 == 2 && json != null && json.isObject()) return new Answer.Ok(json);
        String message = json == null ? null : json.path("error").path("message").textValue();
        return new Answer.Failed(message != null ? message : "Stripe answered " + status);
    }

    static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> {
            if (value != null) body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }
}
