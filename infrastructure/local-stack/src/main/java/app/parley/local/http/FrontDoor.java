package app.parley.local.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays API Gateway (HTTP API, payload 2.0) on 127.0.0.1: routes of the template to their
 * handlers, behind their JWT authorizer where the template gives one ({@link JwtGate}), the admin SPA
 * for other GET paths. Answers 503 to everything until {@link #open}.
 */
public final class FrontDoor implements AutoCloseable {
    static {
        // The JDK server leaves Nagle on: a response written as headers then body waits for the
        // client's delayed ACK (~40 ms) now and then. Read once per JVM, before the first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final long DISCARD_LIMIT_BYTES = 16L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Optional<StaticSite> site;
    private volatile RouteTable routes;
    private volatile JwtGate gate;

    private FrontDoor(HttpServer server, ExecutorService executor, Optional<StaticSite> site) {
        this.server = server;
        this.executor = executor;
        this.site = site;
    }

    /** Listens at once (port 0 picks a free one); serves the SPA under {@code frontendDir} if it exists. */
    public static FrontDoor start(int port, Optional<java.nio.file.Path> frontendDir) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            FrontDoor door = new FrontDoor(server, executor, frontendDir.flatMap(StaticSite::under));
            server.createContext("/", door::handle);
            server.setExecutor(executor);
            server.start();
            return door;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** From now on requests reach the handlers, and {@code /health} can answer 200; no route is behind an authorizer. */
    public void open(RouteTable routes) {
        this.routes = routes;
    }

    /** As {@link #open(RouteTable)}, with the routes' JWT authorizers played against the tokens of {@code gate}'s issuer. */
    public void open(RouteTable routes, JwtGate gate) {
        this.gate = gate;
        this.routes = routes;
    }

    private void handle(HttpExchange exchange) {
        try {
            dispatch(exchange);
        } catch (Exception | LinkageError e) {
            LOG.error("request {} {} failed in the front door", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), e);
            try {
                Replies.error(exchange, 500, "internal_error", "The request could not be completed.");
            } catch (IOException | RuntimeException ignored) {
                // the response was already under way; the client sees a cut connection
            }
        } finally {
            exchange.close();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        RouteTable table = routes;
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        if (table == null) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            Replies.error(exchange, 503, "starting", "The platform is starting; try again in a moment.");
            return;
        }
        Optional<RouteTable.Match> match = table.find(method, rawPath);
        if (match.isPresent()) {
            invoke(exchange, match.get());
        } else if (servesSite(method, rawPath) && site.get().serve(exchange, URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8))) {
            return;
        } else {
            Replies.error(exchange, 404, "not_found", "There is no route for " + method + " " + rawPath + ".");
        }
    }

    private boolean servesSite(String method, String rawPath) {
        return site.isPresent() && (method.equals("GET") || method.equals("HEAD"))
                && !rawPath.startsWith("/api/") && !rawPath.equals("/api") && !rawPath.startsWith("/webhooks/");
    }

    private void invoke(HttpExchange exchange, RouteTable.Match match) throws IOException {
        Optional<byte[]> body = readBody(exchange);
        if (body.isEmpty()) {
            Replies.error(exchange, 413, "payload_too_large", "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            return;
        }
        if (refused(exchange, match.route())) return;
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.of(request(exchange, body.get()), match);
        Object result;
        try {
            result = match.route().function().invoke(event);
        } catch (RuntimeException | Error e) {
            LOG.error("function {} failed on {}", match.route().function().name(), match.route().routeKey(), e);
            Replies.error(exchange, 500, "internal_error", "The request could not be completed.");
            return;
        }
        if (!(result instanceof APIGatewayV2HTTPResponse response)) {
            LOG.error("function {} returned {} instead of an HTTP response", match.route().function().name(), result);
            Replies.error(exchange, 502, "bad_gateway", "The function gave no HTTP response.");
            return;
        }
        write(exchange, response);
    }

    /** What API Gateway answers when a route's JWT authorizer refuses the request: 401, the function is not called. */
    private boolean refused(HttpExchange exchange, Route route) throws IOException {
        JwtGate current = gate;
        if (current == null || route.authorizer().isEmpty()) return false;
        Optional<String> refusal = current.refusal(route.authorizer().get(), exchange.getRequestHeaders().getFirst("Authorization"));
        if (refusal.isEmpty()) return false;
        String challenge = "Bearer scope=\"\" error=\"invalid_token\" error_description=\"" + refusal.get().replace("\"", "'") + "\"";
        Replies.send(exchange, 401, Map.of("Content-Type", List.of("application/json"), "www-authenticate", List.of(challenge)),
                "{\"message\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static HttpRequest request(HttpExchange exchange, byte[] body) {
        String protocol = exchange.getProtocol();
        return new HttpRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress().getAddress().getHostAddress(), protocol == null ? "HTTP/1.1" : protocol);
    }

    /** Empty when the body is over the limit (declared or actual). */
    private static Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (declared != null && parseLength(declared) > MAX_BODY_BYTES) {
                discardRest(in);
                return Optional.empty();
            }
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length <= MAX_BODY_BYTES) return Optional.of(body);
            discardRest(in);
            return Optional.empty();
        }
    }

    /**
     * Reads and drops what is left of a too-large body (up to a bound), so the client gets its 413
     * instead of a connection reset while it is still sending.
     */
    private static void discardRest(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DISCARD_LIMIT_BYTES;
        int read;
        while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) left -= read;
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void write(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (response.getMultiValueHeaders() != null) response.getMultiValueHeaders().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
        if (response.getHeaders() != null) response.getHeaders().forEach((k, v) -> headers.put(k, new ArrayList<>(List.of(v))));
        if (response.getCookies() != null && !response.getCookies().isEmpty()) headers.put("Set-Cookie", response.getCookies());
        String body = response.getBody();
        byte[] bytes = body == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        // payload 2.0: a response without a status code is a 200
        Replies.send(exchange, response.getStatusCode() == 0 ? 200 : response.getStatusCode(), headers, bytes);
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }
}
