package app.parley.assistant.providers;

import app.parley.assistant.llm.LanguageModel;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A paid model API played on 127.0.0.1 in its real wire format, answering as its {@link Script} says:
 * well, with lies, with garbage, with errors, or not at all. Subclasses know one provider's envelope.
 */
public abstract class FakeModelServer implements AutoCloseable {
    static {
        // The JDK server leaves Nagle on: a response written as headers then body waits for the
        // client's delayed ACK (~40 ms) now and then. Read once per JVM, before the first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static final int INPUT_TOKENS = 321;
    public static final int OUTPUT_TOKENS = 12;
    static final ObjectMapper JSON = new ObjectMapper();

    /** A request as the fake received it; header names in lower case. */
    public record Received(String method, String path, Map<String, String> headers, JsonNode body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    protected record Reply(int status, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Script script = Scripts.wellBehaved(Map.of());

    protected FakeModelServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public abstract ProviderName provider();

    /** The variables that point {@link LanguageModels} at this fake as the only provider. */
    public abstract Map<String, String> environment();

    protected abstract boolean handles(String method, String path);

    protected abstract boolean authorized(Received request);

    protected abstract Reply unauthorized();

    /** The tool the request forces, or null when it asks for plain text. */
    protected abstract String forcedTool(JsonNode body);

    protected abstract String userText(JsonNode body);

    protected abstract Reply toolCall(String name, String argumentsJson);

    protected abstract Reply text(String text);

    protected abstract Reply error(int status);

    public FakeModelServer answering(Script script) {
        this.script = script;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received last() {
        return received.getLast();
    }

    /** The tool the last request forced, or null when it asked for text. */
    public String forcedToolOfLast() {
        return forcedTool(last().body());
    }

    public void forget() {
        received.clear();
    }

    protected int port() {
        return server.getAddress().getPort();
    }

    protected URI root() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /**
     * Language models wired by the production factory to this fake alone. Timeouts are generous unless overridden:
     * a cold SDK on a busy build machine must not pass for a provider timeout.
     */
    public LanguageModels languageModels(UsageRecorder usage, Map<String, String> overrides) {
        var env = new HashMap<>(environment());
        env.put("AI_READ_TIMEOUT_MS", "10000");
        env.put("AI_CALL_BUDGET_MS", "20000");
        env.putAll(overrides);
        return LanguageModels.from(env, ProviderKeys.fromEnvironment(env), usage, FakeBedrock.CREDENTIALS);
    }

    public LanguageModel forTenant(TenantId tenant, UsageRecorder usage, Map<String, String> overrides) {
        return languageModels(usage, overrides).forTenant(tenant).orElseThrow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var request = read(exchange);
            received.add(request);
            if (!handles(request.method(), request.path())) {
                send(exchange, new Reply(404, Map.of(), "{\"message\":\"not found\"}"));
            } else if (!authorized(request)) {
                send(exchange, unauthorized());
            } else {
                send(exchange, reply(script.answer(seen(request.body()))));
            }
        }
    }

    private Reply reply(Says says) {
        return switch (says) {
            case Says.CallTool call -> toolCall(call.name(), call.argumentsJson());
            case Says.Say say -> text(say.text());
            case Says.Status status -> error(status.status());
            case Says.Garbage garbage -> new Reply(200, Map.of(), garbage.body());
            case Says.Hang hang -> {
                sleep(hang.duration());
                yield new Reply(200, Map.of(), "{}");
            }
        };
    }

    private Seen seen(JsonNode body) {
        String user = body == null ? "" : userText(body);
        JsonNode data = null;
        int start = user == null ? -1 : user.indexOf('{');
        if (start >= 0) data = ProviderErrors.parse(user.substring(start));
        return new Seen(body == null ? null : forcedTool(body), data == null ? JSON.createObjectNode() : data);
    }

    private static Received read(HttpExchange exchange) throws IOException {
        var headers = new HashMap<String, String>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), Map.copyOf(headers),
                ProviderErrors.parse(body));
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String quoted(String text) {
        return JSON.getNodeFactory().textNode(text).toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
