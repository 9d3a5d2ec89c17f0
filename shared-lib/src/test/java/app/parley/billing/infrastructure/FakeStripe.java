package app.parley.billing.infrastructure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local Stripe API speaking its wire format: form-encoded POSTs with a Bearer secret key,
 * JSON objects with {@code id} and {@code object}, Stripe's error envelope. Also signs webhook
 * events as Stripe does ({@code t=..,v1=HMAC-SHA256(secret, t + "." + payload)}).
 */
public final class FakeStripe implements AutoCloseable {
    public static final String API_KEY = "sk_test_fake";
    private final HttpServer server;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, Map<String, String>> sessions = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean declineNext;

    public record Request(String path, Map<String, String> form, String idempotencyKey) {}

    private FakeStripe() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/customers", this::customer);
        server.createContext("/v1/checkout/sessions", this::session);
        server.start();
    }

    public static FakeStripe start() {
        try {
            return new FakeStripe();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    public void declineNext() { declineNext = true; }

    private void customer(HttpExchange x) throws IOException {
        Map<String, String> form = read(x);
        if (form == null) return;
        String id = "cus_" + ids.incrementAndGet();
        reply(x, 200, "{\"id\":\"" + id + "\",\"object\":\"customer\",\"email\":\"" + form.get("email") + "\",\"livemode\":false,"
                + "\"created\":" + Instant.now().getEpochSecond() + ",\"metadata\":{\"tenant_id\":\"" + form.get("metadata[tenant_id]") + "\"}}");
    }

    private void session(HttpExchange x) throws IOException {
        Map<String, String> form = read(x);
        if (form == null) return;
        String id = "cs_test_" + ids.incrementAndGet();
        sessions.put(id, form);
        reply(x, 200, sessionJson(id, form, "unpaid", "open"));
    }

    /** A Checkout Session as if created through the API, for checks that only verify webhooks (the billing function's). */
    public String sessionCreated(String tenantId, long unitAmount, String currency) {
        String id = "cs_test_" + ids.incrementAndGet();
        sessions.put(id, Map.of("metadata[tenant_id]", tenantId, "line_items[0][price_data][unit_amount]", String.valueOf(unitAmount),
                "line_items[0][price_data][currency]", currency, "customer", "cus_in_package", "client_reference_id", tenantId));
        return id;
    }

    /** The {@code checkout.session.completed} event Stripe sends once the customer paid. */
    public String completedEvent(String eventId, String sessionId) {
        return "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"api_version\":\"" + com.stripe.Stripe.API_VERSION + "\","
                + "\"created\":" + Instant.now().getEpochSecond() + ",\"livemode\":false,\"pending_webhooks\":1,"
                + "\"request\":{\"id\":null,\"idempotency_key\":null},\"type\":\"checkout.session.completed\","
                + "\"data\":{\"object\":" + sessionJson(sessionId, sessions.get(sessionId), "paid", "complete") + "}}";
    }

    public static String signature(String payload, String secret, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) hex.append(String.format("%02x", b));
            return "t=" + timestamp + ",v1=" + hex;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sessionJson(String id, Map<String, String> form, String paymentStatus, String status) {
        String period = form.get("metadata[invoice_period]");
        return "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"url\":\"https://checkout.stripe.com/c/pay/" + id + "\","
                + "\"amount_total\":" + form.get("line_items[0][price_data][unit_amount]") + ",\"currency\":\""
                + form.get("line_items[0][price_data][currency]") + "\",\"customer\":\"" + form.get("customer") + "\","
                + "\"client_reference_id\":\"" + form.get("client_reference_id") + "\",\"payment_status\":\"" + paymentStatus + "\","
                + "\"status\":\"" + status + "\",\"livemode\":false,\"metadata\":{\"tenant_id\":\"" + form.get("metadata[tenant_id]") + "\""
                + (period == null ? "" : ",\"invoice_period\":\"" + period + "\"") + "}}";
    }

    /** The form, or null when the request was answered with an error already. */
    private Map<String, String> read(HttpExchange x) throws IOException {
        if (!("Bearer " + API_KEY).equals(x.getRequestHeaders().getFirst("Authorization"))) {
            reply(x, 401, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key provided\"}}");
            return null;
        }
        Map<String, String> form = new TreeMap<>();
        for (String pair : new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        requests.add(new Request(x.getRequestURI().getPath(), form, x.getRequestHeaders().getFirst("Idempotency-Key")));
        if (declineNext) {
            declineNext = false;
            reply(x, 402, "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"message\":\"Your card was declined.\"}}");
            return null;
        }
        return form;
    }

    private static String decode(String s) { return URLDecoder.decode(s, StandardCharsets.UTF_8); }

    private static void reply(HttpExchange x, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.getResponseHeaders().set("Request-Id", "req_fake");
        x.sendResponseHeaders(status, body.length);
        x.getResponseBody().write(body);
        x.close();
    }

    @Override
    public void close() { server.stop(0); }
}
