package app.parley.local.pipeline;

import app.parley.config.Env;
import app.parley.local.LaunchOptions;
import app.parley.local.LocalStack;
import app.parley.local.StartupStep;
import app.parley.local.engines.CloudTemplate;
import app.parley.local.seed.SeedStep;
import app.parley.persistence.Tables;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.TenantId;
import app.parley.whatsapp.cloud.FakeGraphApi;
import app.parley.whatsapp.cloud.WebhookSignature;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local stack with a seed, its Graph API pointed at a {@link FakeGraphApi} that (like Meta) posts the signed status
 * webhooks of every accepted send back to the stack, delays off; plus a signed-webhook client.
 */
public final class PipelineStack implements AutoCloseable {
    static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    static final String SUNRISE = "100000000000001";
    public static final String BLOOM = "100000000000002";

    final FakeGraphApi graph;
    public final LocalStack stack;
    public final Tables tables;
    private final HttpClient http = HttpClient.newHttpClient();

    private PipelineStack(FakeGraphApi graph, LocalStack stack) {
        this.graph = graph;
        this.stack = stack;
        this.tables = Tables.fromEnvironment(TenantCryptos.fromEnvironment());
    }

    static Path evalSeed() {
        return TEMPLATE.getParent().resolveSibling("shared").resolve("eval/seed.json");
    }

    static PipelineStack start() {
        return start(evalSeed());
    }

    static PipelineStack start(Path seed) {
        return start(seed, Map.of());
    }

    /** {@code environment}: more variables for the functions, e.g. an AI provider pointed at a fake. */
    static PipelineStack start(Path seed, Map<String, String> environment) {
        return start(seed, environment, Optional.empty());
    }

    /**
     * The eval seed with the stack's secrets (tenant keys, token signing keys) kept in {@code secretsDir}, engines in
     * memory as ever, so another process given {@link #functionSettings} (a function in a JVM of its own) reads the
     * same tenants and keys.
     */
    public static PipelineStack startSharingSecrets(Path secretsDir) {
        return start(evalSeed(), Map.of(), Optional.of(secretsDir));
    }

    /** What the stack's functions run with besides its environment: the fake Graph API, delays off, the stack's token issuer. */
    public Map<String, String> functionSettings() {
        var settings = new java.util.HashMap<>(settingsFor(graph));
        settings.put("JWT_ISSUER", Env.require("JWT_ISSUER"));
        Env.find("LOCAL_SECRETS_DIR").ifPresent(dir -> settings.put("LOCAL_SECRETS_DIR", dir));
        return settings;
    }

    /** Before the seed: its tenants' keys go to {@code secretsDir} when one is given. */
    private static StartupStep sharedSecrets(Optional<Path> secretsDir) {
        return new StartupStep() {
            @Override
            public void run(app.parley.local.StartupContext context) {
                secretsDir.ifPresent(dir -> Env.override(Map.of("LOCAL_SECRETS_DIR", dir.toString())));
            }

            @Override
            public int order() {
                return -1;
            }
        };
    }

    private static Map<String, String> settingsFor(FakeGraphApi graph) {
        return Map.of("WHATSAPP_GRAPH_BASE_URL", graph.baseUrl(), "HUMANLIKE_DELAYS", "off");
    }

    private static PipelineStack start(Path seed, Map<String, String> environment, Optional<Path> secretsDir) {
        FakeGraphApi graph = FakeGraphApi.start();
        StartupStep fakeMeta = context -> {
            Env.override(settingsFor(graph));
            Env.override(environment);
        };
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try {
            LocalStack stack = LocalStack.start(new LaunchOptions(Optional.of(seed), 0, TEMPLATE, Optional.empty()),
                    List.of(sharedSecrets(secretsDir), new SeedStep(), fakeMeta), quiet);
            graph.postStatusesTo(stack.baseUrl().resolve("/webhooks/whatsapp"), Env.require("WHATSAPP_APP_SECRET"));
            return new PipelineStack(graph, stack);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    public TenantId tenant(String slug) {
        return new DynamoTenants(tables).idForSlug(slug).orElseThrow();
    }

    int post(String body) {
        return post(body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), Env.require("WHATSAPP_APP_SECRET")));
    }

    /** A signed webhook through the given client (a load run brings its own). */
    int postWith(HttpClient client, String body) {
        var request = HttpRequest.newBuilder(stack.baseUrl().resolve("/webhooks/whatsapp"))
                .header("Content-Type", "application/json").header(WebhookSignature.HEADER,
                        WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), Env.require("WHATSAPP_APP_SECRET")))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    int post(String body, String signature) {
        var request = HttpRequest.newBuilder(stack.baseUrl().resolve("/webhooks/whatsapp"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) request.header(WebhookSignature.HEADER, signature);
        return send(request.build()).statusCode();
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(stack.baseUrl().resolve(pathAndQuery)).GET().build());
    }

    /** The admin API as a signed-in user: GET with a bearer token. */
    public HttpResponse<String> get(String pathAndQuery, String accessToken) {
        return send(HttpRequest.newBuilder(stack.baseUrl().resolve(pathAndQuery))
                .header("Authorization", "Bearer " + accessToken).GET().build());
    }

    /** The admin API as a signed-in user: any method, with a JSON body or none. */
    public HttpResponse<String> call(String method, String pathAndQuery, String accessToken, String jsonBody) {
        var request = HttpRequest.newBuilder(stack.baseUrl().resolve(pathAndQuery)).header("Authorization", "Bearer " + accessToken)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) request.header("Content-Type", "application/json");
        return send(request.build());
    }

    /** An access token for the admin API, or an exception naming the status. */
    public String login(String email, String password) {
        String body = "{\"email\":" + quoted(email) + ",\"password\":" + quoted(password) + "}";
        var response = send(HttpRequest.newBuilder(stack.baseUrl().resolve("/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) throw new IllegalStateException("login of " + email + ": " + response.statusCode());
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("accessToken").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A customer's text to the number, through the stack's own pipeline, until its reply is sent (at most 30 s). */
    public void converse(String phoneNumberId, String waId, String text) {
        int before = sentTo(waId).size();
        if (post(Webhooks.text(phoneNumberId, waId, "wamid.converse." + System.nanoTime(), text)) != 200) {
            throw new IllegalStateException("the webhook did not take the message of " + waId);
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (sentTo(waId).size() == before) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("no reply to " + waId + " in 30 s");
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
    }

    /** Sends (not read receipts) Meta accepted for this customer, in order. */
    List<FakeGraphApi.Request> sentTo(String waId) {
        return graph.sentMessages().stream().filter(r -> waId.equals(r.json().path("to").asText())).toList();
    }

    static String replyText(FakeGraphApi.Request send) {
        return send.json().path("text").path("body").asText();
    }

    static String repliedTo(FakeGraphApi.Request send) {
        return send.json().path("context").path("message_id").asText();
    }

    @Override
    public void close() {
        stack.close();
        graph.close();
    }
}
