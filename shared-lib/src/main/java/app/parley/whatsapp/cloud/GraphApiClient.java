package app.parley.whatsapp.cloud;

import app.parley.config.Env;
import app.parley.messaging.model.OutboundMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;

/**
 * The WhatsApp Cloud API over Meta's Graph API: send messages, mark messages read (with the typing
 * indicator), look up and download inbound media. Never throws for remote trouble: every call
 * returns a result, and failures say whether a retry can help. Build one per container.
 */
public final class GraphApiClient {
    public static final String API_VERSION = "v21.0";
    public static final String BASE_URL_VARIABLE = "WHATSAPP_GRAPH_BASE_URL";
    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com";
    public static final int MAX_MEDIA_BYTES = 100 * 1024 * 1024;
    private static final Pattern GRAPH_ID = Pattern.compile("[0-9]{1,30}");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);
    static final Duration READ_RECEIPT_TIMEOUT = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Duration requestTimeout;
    private final HttpClient http;

    /** Base URL from {@code WHATSAPP_GRAPH_BASE_URL}, default {@code https://graph.facebook.com}. */
    public GraphApiClient() {
        this(Env.get(BASE_URL_VARIABLE, DEFAULT_BASE_URL), DEFAULT_REQUEST_TIMEOUT);
    }

    public GraphApiClient(String baseUrl, Duration requestTimeout) {
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * {@code POST /{version}/{phone-number-id}/messages} with our id as {@code biz_opaque_callback_data}. A request
     * that may have been written but got no answer (timeout, reset), a gateway error that does not say whether Meta
     * took it ({@link GraphErrors#leavesSendOpen}), or a 2xx without a message id, is {@link SendResult.OutcomeUnknown},
     * never a failure; only trouble before anything was sent (no connection, TLS handshake) or Meta's own error answer is
     * a failure.
     */
    public SendResult send(String phoneNumberId, String accessToken, OutboundMessage message) {
        Reply reply = exchange(jsonPost(messagesUrl(phoneNumberId), accessToken, CloudRequestBodies.message(message), requestTimeout), true);
        if (reply.unknown() != null) return reply.unknown();
        if (reply.failure() != null) return reply.failure();
        String wamid = Json.text(reply.json().path("messages").path(0), "id");
        // accepted (2xx) without an id: Meta has the message, so sending it again could double it
        return wamid != null ? new SendResult.Sent(wamid)
                : new SendResult.OutcomeUnknown("the Graph API accepted the message but returned no message id");
    }

    public ReadResult markRead(String phoneNumberId, String accessToken, String wamid, boolean withTypingIndicator) {
        Reply reply = exchange(jsonPost(messagesUrl(phoneNumberId), accessToken,
                CloudRequestBodies.markRead(Objects.requireNonNull(wamid, "wamid"), withTypingIndicator), readReceiptTimeout()), false);
        return reply.failure() != null ? reply.failure() : new ReadResult.MarkedRead();
    }

    /** {@code POST /{version}/{phone-number-id}/media} as multipart/form-data: the media id to send it by. */
    public UploadResult upload(String phoneNumberId, String accessToken, byte[] bytes, String mimeType, String filename) {
        String boundary = "parley-" + java.util.UUID.randomUUID();
        byte[] body = MultipartBodies.media(boundary, bytes, mimeType, filename);
        Reply reply = exchange(authorized(URI.create(baseUrl + "/" + API_VERSION + "/" + graphId(phoneNumberId) + "/media"), accessToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        if (reply.failure() != null) return reply.failure();
        String id = Json.text(reply.json(), "id");
        return id != null ? new UploadResult.Uploaded(id)
                : new RetryableFailure(0, "the Graph API accepted the upload but returned no media id", Optional.empty());
    }

    /** {@code GET /{version}/{media-id}}: where the media can be downloaded, for a few minutes. */
    public MediaResult mediaUrl(String mediaId, String accessToken) {
        Reply reply = exchange(authorized(URI.create(baseUrl + "/" + API_VERSION + "/" + graphId(mediaId)), accessToken)
                .GET().build());
        if (reply.failure() != null) return reply.failure();
        JsonNode media = reply.json();
        String url = Json.text(media, "url");
        if (url == null) return new PermanentFailure(0, "the media lookup returned no url", false);
        return new MediaResult.Located(url, Json.text(media, "mime_type"), Json.text(media, "sha256"),
                media.path("file_size").asLong(-1));
    }

    /** Downloads media from the URL {@link #mediaUrl} returned; the same bearer token is needed. */
    public DownloadResult download(String url, String accessToken) {
        HttpRequest request = authorized(URI.create(url), accessToken).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes(MAX_MEDIA_BYTES + 1);
                if (response.statusCode() / 100 != 2) {
                    return GraphErrors.classify(response.statusCode(), new String(bytes, StandardCharsets.UTF_8),
                            retryAfter(response));
                }
                if (bytes.length > MAX_MEDIA_BYTES) return new PermanentFailure(0, "the media is larger than 100 MB", false);
                return new DownloadResult.Downloaded(bytes, response.headers().firstValue("Content-Type").orElse(null));
            }
        } catch (IOException e) {
            return GraphErrors.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GraphErrors.unreachable(e);
        }
    }

    private URI messagesUrl(String phoneNumberId) {
        return URI.create(baseUrl + "/" + API_VERSION + "/" + graphId(phoneNumberId) + "/messages");
    }

    private HttpRequest jsonPost(URI uri, String accessToken, JsonNode body, Duration timeout) {
        return authorized(uri, accessToken).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    /** A read receipt is best effort (nothing waits on it): it gets at most {@link #READ_RECEIPT_TIMEOUT} of the send's time budget. */
    private Duration readReceiptTimeout() {
        return requestTimeout.compareTo(READ_RECEIPT_TIMEOUT) < 0 ? requestTimeout : READ_RECEIPT_TIMEOUT;
    }

    private HttpRequest.Builder authorized(URI uri, String accessToken) {
        Objects.requireNonNull(accessToken, "accessToken");
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Authorization", "Bearer " + accessToken);
    }

    private Reply exchange(HttpRequest request) {
        return exchange(request, false);
    }

    /** {@code sideEffect}: the request changes something at Meta, so a lost answer leaves its outcome unknown. */
    private Reply exchange(HttpRequest request, boolean sideEffect) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                if (sideEffect && GraphErrors.leavesSendOpen(response.statusCode(), response.body())) {
                    return Reply.unknown("the Graph API answered HTTP " + response.statusCode() + " without saying whether it took the message");
                }
                return Reply.failed(GraphErrors.classify(response.statusCode(), response.body(), retryAfter(response)));
            }
            return Reply.ok(JSON.readTree(response.body()));
        } catch (IOException e) {
            return sideEffect && mayHaveArrived(e) ? Reply.unknown(GraphErrors.describe(e)) : Reply.failed(GraphErrors.unreachable(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return sideEffect ? Reply.unknown(GraphErrors.describe(e)) : Reply.failed(GraphErrors.unreachable(e));
        }
    }

    /** Nothing was written when the connection could not be made (refused, connect timeout, TLS handshake). */
    private static boolean mayHaveArrived(IOException e) {
        return !(e instanceof HttpConnectTimeoutException || e instanceof ConnectException
                || e instanceof SSLHandshakeException || e instanceof UnknownHostException);
    }

    private static OptionalLong retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .filter(v -> v.matches("\\d{1,6}"))
                .map(v -> OptionalLong.of(Long.parseLong(v)))
                .orElse(OptionalLong.empty());
    }

    private static String graphId(String id) {
        if (id == null || !GRAPH_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Graph API object id: " + id);
        }
        return id;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private record Reply(JsonNode json, GraphFailure failure, SendResult.OutcomeUnknown unknown) {
        static Reply ok(JsonNode json) {
            return new Reply(json, null, null);
        }

        static Reply failed(GraphFailure failure) {
            return new Reply(null, failure, null);
        }

        static Reply unknown(String why) {
            return new Reply(null, null, new SendResult.OutcomeUnknown(why));
        }
    }
}
