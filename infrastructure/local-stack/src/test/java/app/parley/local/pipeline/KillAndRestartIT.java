package app.parley.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.Eventually;
import app.parley.whatsapp.cloud.FakeGraphApi;
import app.parley.whatsapp.cloud.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack is SIGKILLed in the middle of a burst (DATA_DIR set), while webhooks are still arriving
 * and replies are already going out, and started again: every webhook that was answered 200 still
 * gets its reply. Only a send in flight at the kill may repeat. Customers write a message every
 * 300 ms, 18 each, staying under the flood guard's 20 a minute.
 */
class KillAndRestartIT {
    private static final String SECRET = "kill-test-app-secret";
    private static final int CUSTOMERS = 10, MESSAGES = 18, KILL_AFTER_ACKS = 80, KILL_AFTER_SENDS = 5, SENDS_IN_FLIGHT = 5;
    private static final Duration PACE = Duration.ofMillis(300);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void every_acknowledged_webhook_is_answered_after_a_kill(@TempDir Path dataDir) throws Exception {
        try (FakeGraphApi graph = FakeGraphApi.start()) {
            Map<String, String> env = Map.of("DATA_DIR", dataDir.toString(), "WHATSAPP_GRAPH_BASE_URL", graph.baseUrl(),
                    "HUMANLIKE_DELAYS", "off", "WHATSAPP_APP_SECRET", SECRET, "WHATSAPP_VERIFY_TOKEN", "kill-test-token");
            ChildStack first = ChildStack.start(PipelineStack.evalSeed(), env);
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger acks = new AtomicInteger();
            try (var customers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < CUSTOMERS; c++) {
                    String customer = "155506000" + String.format("%02d", c);
                    customers.submit(() -> converse(first.port, customer, acknowledged, acks));
                }
                Eventually.within(Duration.ofSeconds(120),
                        () -> acks.get() >= KILL_AFTER_ACKS && graph.sentMessages().size() >= KILL_AFTER_SENDS);
                first.kill();
            }
            assertThat(acknowledged).as("the kill lands before the burst ends").hasSizeLessThan(CUSTOMERS * MESSAGES);
            System.out.printf("kill: %d webhooks acknowledged, %d replies sent before the kill%n", acknowledged.size(),
                    graph.sentMessages().size());

            ChildStack second = ChildStack.start(PipelineStack.evalSeed(), env);
            try {
                Eventually.within(Duration.ofSeconds(200), () -> repliedTo(graph).keySet().containsAll(acknowledged));
                Thread.sleep(2000);
                Map<String, Long> replies = repliedTo(graph);
                assertThat(replies.keySet()).containsAll(acknowledged);
                assertThat(replies.values().stream().filter(n -> n > 1).count()).isLessThanOrEqualTo(SENDS_IN_FLIGHT);
            } finally {
                second.kill();
            }
        }
    }

    private static Map<String, Long> repliedTo(FakeGraphApi graph) {
        return graph.sentMessages().stream().collect(Collectors.groupingBy(PipelineStack::repliedTo, Collectors.counting()));
    }

    /** Posts the customer's messages in order until the stack stops answering. */
    private void converse(int port, String customer, Set<String> acknowledged, AtomicInteger acks) {
        for (int n = 0; n < MESSAGES; n++) {
            String wamid = "wamid.K" + customer + "x" + n;
            String body = Webhooks.text(PipelineStack.SUNRISE, customer, wamid, "How much is a checkup? " + n);
            try {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/whatsapp"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                        .header(WebhookSignature.HEADER, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), SECRET))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) return;
                acknowledged.add(wamid);
                acks.incrementAndGet();
                Thread.sleep(PACE);
            } catch (Exception stackGone) {
                return;
            }
        }
    }

}
