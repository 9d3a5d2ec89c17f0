package app.parley.whatsapp.cloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What Meta does after accepting a send: it posts signed status webhooks ({@code sent}, then {@code delivered}) to the
 * app's webhook URL, each status echoing the send's {@code biz_opaque_callback_data}; a delivery not answered 200 is
 * retried with growing pauses. Used by {@link FakeGraphApi#postStatusesTo}.
 */
final class StatusWebhooks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STAGES = List.of("sent", "delivered");
    /** Meta keeps retrying for days; here 12 attempts, pauses doubling from 1 s up to 30 s (about 4 minutes in all). */
    private static final int ATTEMPTS = 12;

    private final URI webhook;
    private final String appSecret;
    private final ExecutorService executor;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final AtomicInteger posted = new AtomicInteger();
    volatile boolean duplicate;
    volatile java.time.Duration lag = java.time.Duration.ZERO;

    StatusWebhooks(URI webhook, String appSecret, ExecutorService executor) {
        this.webhook = webhook;
        this.appSecret = appSecret;
        this.executor = executor;
    }

    /** Posts the statuses of one accepted send, in order, in the background. */
    void accepted(String phoneNumberId, String wamid, String recipient, String callbackData) {
        Duration wait = lag;
        executor.submit(() -> {
            sleep(wait);
            for (String stage : STAGES) {
                String body = body(phoneNumberId, wamid, recipient, callbackData, stage);
                deliver(body);
                if (duplicate) deliver(body);
            }
        });
    }

    private void deliver(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header(WebhookSignature.HEADER, WebhookSignature.sign(bytes, appSecret))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    posted.incrementAndGet();
                    return;
                }
            } catch (java.io.IOException e) {
                // Meta retries a delivery that failed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(Duration.ofSeconds(Math.min(30, 1L << (attempt - 1))));
        }
    }

    static String body(String phoneNumberId, String wamid, String recipient, String callbackData, String stage) {
        ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode value = root.putArray("entry").addObject().put("id", "102290129340398")
                .putArray("changes").addObject().put("field", "messages").putObject("value");
        value.put("messaging_product", "whatsapp").putObject("metadata")
                .put("display_phone_number", "15550001111").put("phone_number_id", phoneNumberId);
        ObjectNode status = value.putArray("statuses").addObject().put("id", wamid).put("status", stage)
                .put("timestamp", Long.toString(Instant.now().getEpochSecond())).put("recipient_id", recipient);
        if (callbackData != null) status.put("biz_opaque_callback_data", callbackData);
        status.putObject("pricing").put("billable", false).put("pricing_model", "PMP").put("type", "free_customer_service")
                .put("category", "service");
        return root.toString();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
