package app.parley.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.config.Env;
import app.parley.conversation.model.SessionId;
import app.parley.gateway.client.ReceivedMessage;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.fake.FakeWhatsAppNetwork;
import app.parley.local.LaunchOptions;
import app.parley.local.LocalStack;
import app.parley.local.StartupStep;
import app.parley.local.engines.CloudTemplate;
import app.parley.local.seed.SeedStep;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.InboundContent;
import app.parley.persistence.Tables;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The unofficial channel end to end on the local stack, with only WhatsApp itself faked (the
 * in-process network behind the gateway's client port): a tenant admin links the phone by QR code
 * through the admin API, the phone scans it, and a customer's message through the gateway gets the
 * assistant's reply back through the sender, the gateway-outbound queue and the sending governor.
 */
class GatewayLoginIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CUSTOMER = "15557770001";
    private static final String PHONE = "15550109999";
    private static LocalStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        StartupStep fakeWhatsApp = context -> Env.override(Map.of("WHATSAPP_CLIENT", "fake", "HUMANLIKE_DELAYS", "off"));
        Path seed = TEMPLATE.getParent().resolveSibling("shared").resolve("eval/seed.json");
        stack = LocalStack.start(new LaunchOptions(Optional.of(seed), 0, TEMPLATE, Optional.empty()),
                List.of(new SeedStep(), fakeWhatsApp, new GatewayStep()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    @Test
    void an_admin_links_the_phone_by_qr_and_a_customer_gets_the_assistants_reply_through_the_gateway() {
        String admin = login("admin@bloom.example", "Bloom-Admin-2026!");
        assertThat(call("PUT", "/api/settings/whatsapp", admin, "{\"mode\":\"unofficial\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> requested = call("POST", "/api/settings/whatsapp/session/login", admin, "{\"method\":\"qr\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        SessionRef session = new SessionRef(tenant("bloom-and-stem"), new SessionId(json(requested).get("sessionId").asText()));

        JsonNode pairing = await("a QR code on the status", () -> status(admin),
                s -> "PAIRING".equals(s.at("/session/status").asText()) && "QR".equals(s.at("/session/loginCode/kind").asText()));
        assertThat(pairing.at("/session/loginCode/value").asText()).startsWith("2@");
        assertThat(Instant.parse(pairing.at("/session/loginCode/expiresAt").asText())).isAfter(Instant.now());

        FakeWhatsAppNetwork.local().scanQr(session, PHONE);
        JsonNode connected = await("connected", () -> status(admin), s -> "CONNECTED".equals(s.at("/session/status").asText()));
        assertThat(connected.at("/session/phoneNumber").asText()).isEqualTo(PHONE);
        assertThat(connected.at("/session/loginCode").isObject()).as("the code is gone once linked").isFalse();

        FakeWhatsAppNetwork.local().customerWrites(session, new ReceivedMessage("3EB0C0FFEE000001", new Customer(CUSTOMER, "Rosa"),
                Instant.now(), new InboundContent.Text("How much for a dozen red roses?"), null, null));
        List<FakeWhatsAppNetwork.Sent> replies = await("the reply on WhatsApp",
                () -> FakeWhatsAppNetwork.local().sent().stream().filter(s -> s.to().equals(CUSTOMER)).toList(), list -> !list.isEmpty());
        assertThat(replies).hasSize(1);
        assertThat(replies.getFirst().session()).isEqualTo(session);
        assertThat(replies.getFirst().kind()).isEqualTo("text");
        assertThat(replies.getFirst().body()).contains("Classic rose bouquet");
    }

    private JsonNode status(String token) {
        return json(call("GET", "/api/settings/whatsapp/session", token, null));
    }

    private static TenantId tenant(String slug) {
        return new DynamoTenants(Tables.fromEnvironment(TenantCryptos.fromEnvironment())).idForSlug(slug).orElseThrow();
    }

    private String login(String email, String password) {
        return json(call("POST", "/api/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .get("accessToken").asText();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(stack.baseUrl().resolve(URI.create(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Polls (as the admin screen does) until the condition holds, at most a minute. */
    private static <T> T await(String what, Supplier<T> read, java.util.function.Predicate<T> done) {
        Instant limit = Instant.now().plus(Duration.ofSeconds(60));
        T last = read.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(limit)) throw new AssertionError("timed out waiting for " + what + "; last: " + last);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }
}
