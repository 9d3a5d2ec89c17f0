package app.parley.whatsapp.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Meta's Graph API on 127.0.0.1 (random port) that speaks the Cloud API wire format:
 * {@code POST /{version}/{phone-number-id}/messages} (sends and read receipts),
 * {@code POST /{version}/{phone-number-id}/media} (multipart uploads), {@code GET /{version}/{media-id}} and media downloads. It records every request, answers like
 * Meta, and can be scripted to fail, to answer sends after the client gave up, and (like Meta) to post the signed status
 * webhooks of accepted sends to the app ({@link #postStatusesTo}). Point {@code WHATSAPP_GRAPH_BASE_URL} at {@link #baseUrl()}.
 *
 * <pre>{@code
 * try (FakeGraphApi graph = FakeGraphApi.start()) {
 *     graph.failNext(2, 500, GraphErrorBodies.INTERNAL_ERROR_131000);
 *     ... new GraphApiClient(graph.baseUrl(), Duration.ofSeconds(2)).send(...) ...
 *     assertThat(graph.sentMessages()).hasSize(3);
 * }
 * }</pre>
 */
public final class FakeGraphApi implements AutoCloseable {
    static {
        // The JDK server leaves Nagle on: a response written as headers then body waits for the
        // client's delayed ACK (~40 ms) now and then. Read once per JVM, before the first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final Pattern MESSAGES = Pattern.compile("/(v\\d+\\.\\d+)/(\\d+)/messages");
    private static final Pattern MEDIA_UPLOAD = Pattern.compile("/(v\\d+\\.\\d+)/(\\d+)/media");
    private static final Pattern MEDIA_LOOKUP = Pattern.compile("/(v\\d+\\.\\d+)/(\\d+)");
    private static final Pattern MEDIA_DOWNLOAD = Pattern.compile("/whatsapp_business/attachments/(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<Request> requests = new ConcurrentLinkedQueue<>();
    private volatile Consumer<Request> listener = r -> {};
    private final Map<String, StoredMedia> media = new ConcurrentHashMap<>();
    private final FailureScript failures = new FailureScript();
    private final Wamids wamids = new Wamids();
    private final java.util.concurrent.atomic.AtomicLong uploads = new java.util.concurrent.atomic.AtomicLong(7_000_000_000L);
    private volatile String requiredToken;
    private volatile Duration responseDelay = Duration.ZERO;
    private volatile StatusWebhooks statuses;
    private final java.util.concurrent.atomic.AtomicInteger lateSends = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Duration lateBy = Duration.ZERO;
    private final java.util.concurrent.atomic.AtomicInteger silentSends = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger gatewayErrors = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int gatewayStatus;

    private FakeGraphApi(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeGraphApi start() {
        try {
            return new FakeGraphApi(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** E.g. {@code http://127.0.0.1:41234}, without a trailing slash or version. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request received, in order, including failed ones. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Message sends (not read receipts) that were answered with a wamid. */
    public List<Request> sentMessages() {
        return requests.stream().filter(r -> r.isMessageSend() && r.answeredStatus() == 200).toList();
    }

    /** Read receipts (with or without typing indicator) that were answered with success. */
    public List<Request> readReceipts() {
        return requests.stream().filter(r -> r.isReadReceipt() && r.answeredStatus() == 200).toList();
    }

    /** Called with every request as it is answered (load measurements that cannot afford {@link #requests()}). */
    public FakeGraphApi listen(Consumer<Request> listener) {
        this.listener = listener;
        return this;
    }

    /** The next {@code times} requests are answered with this status and Graph error body. */
    public FakeGraphApi failNext(int times, int httpStatus, String errorBody) {
        failures.next(times, httpStatus, errorBody);
        return this;
    }

    /** Every request during {@code period} from now is answered with this status and body. */
    public FakeGraphApi failFor(Duration period, int httpStatus, String errorBody) {
        failures.until(Instant.now().plus(period), httpStatus, errorBody);
        return this;
    }

    /** Only this access token is accepted; any other gets Meta's 401 with code 190. */
    public FakeGraphApi requireToken(String accessToken) {
        this.requiredToken = accessToken;
        return this;
    }

    /** Every answer waits this long first, to exercise client timeouts. */
    public FakeGraphApi respondAfter(Duration delay) {
        this.responseDelay = delay;
        return this;
    }

    /**
     * Like Meta, posts signed status webhooks ({@code sent}, {@code delivered}) for every accepted send to
     * {@code webhookUrl}, each status echoing the send's {@code biz_opaque_callback_data}; retried until answered 200.
     */
    public FakeGraphApi postStatusesTo(URI webhookUrl, String appSecret) {
        this.statuses = new StatusWebhooks(webhookUrl, appSecret, executor);
        return this;
    }

    /** Every status webhook is posted twice (Meta delivers at least once). */
    public FakeGraphApi duplicateStatuses(boolean twice) {
        statuses.duplicate = twice;
        return this;
    }

    /** Statuses of sends accepted from now on go out only after {@code lag} (Meta's are usually seconds late). */
    public FakeGraphApi statusesAfter(Duration lag) {
        statuses.lag = lag;
        return this;
    }

    /** Status webhooks answered 200 so far. */
    public int statusesPosted() {
        return statuses == null ? 0 : statuses.posted.get();
    }

    /**
     * The next {@code times} sends are accepted at once (a wamid is given, statuses are posted) but answered only after
     * {@code delay}: a client whose timeout is shorter never learns that Meta has its message.
     */
    public FakeGraphApi answerSendsLate(int times, Duration delay) {
        this.lateBy = delay;
        lateSends.set(times);
        return this;
    }

    /**
     * The next {@code times} sends are accepted (a wamid is given, statuses are posted) but the client is answered
     * {@code httpStatus} with a gateway's HTML page: Meta's edge gave up after the servers behind it took the message.
     */
    public FakeGraphApi acceptSendsBehindGatewayError(int times, int httpStatus) {
        this.gatewayStatus = httpStatus;
        gatewayErrors.set(times);
        return this;
    }

    /** The next {@code times} accepted sends get no status webhook (Meta's status never comes). */
    public FakeGraphApi withholdStatusesOfNext(int times) {
        silentSends.set(times);
        return this;
    }

    /** Makes media downloadable: {@code GET /{version}/{mediaId}} then its URL. */
    public FakeGraphApi putMedia(String mediaId, String mimeType, byte[] bytes) {
        media.put(mediaId, new StoredMedia(mimeType, bytes.clone()));
        return this;
    }

    /** The bytes of media uploaded (or put) under this id, if any. */
    public java.util.Optional<byte[]> mediaContent(String mediaId) {
        return java.util.Optional.ofNullable(media.get(mediaId)).map(m -> m.bytes().clone());
    }

    /** Forgets requests, scripted failures, media and the required token. */
    public void reset() {
        requests.clear();
        failures.clear();
        media.clear();
        requiredToken = null;
        responseDelay = Duration.ZERO;
        lateSends.set(0);
        silentSends.set(0);
        gatewayErrors.set(0);
        if (statuses != null) {
            statuses.duplicate = false;
            statuses.lag = Duration.ZERO;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            boolean multipart = contentType != null && contentType.startsWith("multipart/form-data");
            String body = multipart ? "" : new String(raw, StandardCharsets.UTF_8);
            pause();
            Matcher upload = MEDIA_UPLOAD.matcher(exchange.getRequestURI().getPath());
            Answer answer = exchange.getRequestMethod().equals("POST") && upload.matches()
                    && authorized(exchange.getRequestHeaders().getFirst("Authorization"))
                    ? upload(contentType, raw)
                    : answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Authorization"), body);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body, answer.status(), System.nanoTime());
            requests.add(request);
            listener.accept(request);
            if (request.isMessageSend() && answer.status() == 200) {
                acceptedSend(request, answer);
                if (gatewayErrors.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    answer = new Answer(gatewayStatus, "text/html", "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8));
                }
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        }
    }

    /** Meta has the message: its statuses go out now, whether or not the answer reaches the client in time. */
    private void acceptedSend(Request request, Answer answer) {
        JsonNode accepted = Request.parse(new String(answer.body(), StandardCharsets.UTF_8));
        Matcher path = MESSAGES.matcher(request.path());
        if (statuses != null && path.matches() && silentSends.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
            statuses.accepted(path.group(2), accepted.path("messages").path(0).path("id").asText(),
                    accepted.path("contacts").path(0).path("wa_id").asText(),
                    request.json().path("biz_opaque_callback_data").asText(null));
        }
        if (lateSends.getAndUpdate(n -> Math.max(0, n - 1)) > 0) sleep(lateBy);
    }

    private void pause() {
        sleep(responseDelay);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Answer answer(String method, String path, String authorization, String body) {
        if (!authorized(authorization)) return Answer.json(401, GraphErrorBodies.invalidToken());
        Answer scripted = failures.take();
        if (scripted != null) return scripted;
        Matcher messages = MESSAGES.matcher(path);
        if (method.equals("POST") && messages.matches()) return messages(body);
        Matcher download = MEDIA_DOWNLOAD.matcher(path);
        if (method.equals("GET") && download.matches()) return download(download.group(1));
        Matcher lookup = MEDIA_LOOKUP.matcher(path);
        if (method.equals("GET") && lookup.matches()) return lookup(lookup.group(2));
        return Answer.json(400, GraphErrorBodies.objectNotFound(path));
    }

    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() <= 7) return false;
        return requiredToken == null || authorization.equals("Bearer " + requiredToken);
    }

    private Answer messages(String body) {
        JsonNode json = Request.parse(body);
        if (!"whatsapp".equals(json.path("messaging_product").asText(null))) {
            return Answer.json(400, GraphErrorBodies.invalidParameter("messaging_product must be whatsapp"));
        }
        if ("read".equals(json.path("status").asText(null))) {
            return json.hasNonNull("message_id") ? Answer.json(200, "{\"success\":true}")
                    : Answer.json(400, GraphErrorBodies.invalidParameter("message_id is required"));
        }
        String to = json.path("to").asText("");
        String type = json.path("type").asText("");
        if (to.isBlank() || type.isBlank() || !json.has(type)) {
            return Answer.json(400, GraphErrorBodies.invalidParameter("to, type and the " + type + " object are required"));
        }
        return Answer.json(200, sendResponse(to));
    }

    private String sendResponse(String to) {
        String waId = to.replaceAll("\\D", "");
        ObjectNode response = JSON.createObjectNode().put("messaging_product", "whatsapp");
        response.putArray("contacts").addObject().put("input", to).put("wa_id", waId);
        response.putArray("messages").addObject().put("id", wamids.next(waId));
        return response.toString();
    }

    private Answer lookup(String mediaId) {
        StoredMedia stored = media.get(mediaId);
        if (stored == null) return Answer.json(400, GraphErrorBodies.objectNotFound(mediaId));
        ObjectNode response = JSON.createObjectNode()
                .put("url", baseUrl() + "/whatsapp_business/attachments/" + mediaId)
                .put("mime_type", stored.mimeType())
                .put("sha256", stored.sha256Hex())
                .put("file_size", stored.bytes().length)
                .put("id", mediaId)
                .put("messaging_product", "whatsapp");
        return Answer.json(200, response.toString());
    }

    /** Meta's media upload: multipart with {@code messaging_product=whatsapp}, {@code type} and a {@code file} part. */
    private Answer upload(String contentType, byte[] raw) {
        Answer scripted = failures.take();
        if (scripted != null) return scripted;
        Map<String, MultipartPart> parts = MultipartPart.parse(contentType, raw);
        MultipartPart file = parts.get("file");
        if (!"whatsapp".equals(parts.containsKey("messaging_product") ? parts.get("messaging_product").text() : null)
                || file == null || !parts.containsKey("type")) {
            return Answer.json(400, GraphErrorBodies.invalidParameter("messaging_product, type and file are required"));
        }
        String id = Long.toString(uploads.incrementAndGet());
        media.put(id, new StoredMedia(parts.get("type").text(), file.bytes()));
        return Answer.json(200, "{\"id\":\"" + id + "\"}");
    }

    private Answer download(String mediaId) {
        StoredMedia stored = media.get(mediaId);
        if (stored == null) return new Answer(404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
        return new Answer(200, stored.mimeType(), stored.bytes());
    }

    /** One request as received, and the HTTP status the fake answered. */
    /** {@code receivedAtNanos}: {@link System#nanoTime()} when the request was answered (for latency measurements). */
    public record Request(String method, String path, String authorization, String body, int answeredStatus, long receivedAtNanos) {
        public JsonNode json() {
            return parse(body);
        }

        public String bearerToken() {
            return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        }

        public boolean isMediaUpload() {
            return method.equals("POST") && MEDIA_UPLOAD.matcher(path).matches();
        }

        public boolean isMessageSend() {
            return method.equals("POST") && MESSAGES.matcher(path).matches() && !isReadReceipt();
        }

        public boolean isReadReceipt() {
            return method.equals("POST") && MESSAGES.matcher(path).matches() && "read".equals(json().path("status").asText(null));
        }

        static JsonNode parse(String body) {
            try {
                return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
            } catch (IOException notJson) {
                return JSON.missingNode();
            }
        }
    }
}
