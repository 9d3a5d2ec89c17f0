package app.parley.gateway.outbound;

import app.parley.gateway.client.OutgoingMedia;
import app.parley.gateway.vault.BlobStore;
import app.parley.messaging.model.MediaSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fetches outgoing media: a link over HTTPS, or an uploaded id (a blob key). Documents get their
 * page count here (PDF page objects, else 1), because Cobalt's own counter needs a library that
 * is not on Maven Central.
 */
public final class MediaFiles {
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page[^s]");
    private final HttpClient http;
    private final BlobStore blobs;

    public MediaFiles(HttpClient http, BlobStore blobs) {
        this.http = http;
        this.blobs = blobs;
    }

    public Optional<OutgoingMedia> fetch(MediaSource source, String fallbackMime, String filename, String caption) {
        Optional<Fetched> fetched = switch (source) {
            case MediaSource.Link link -> download(link.url());
            case MediaSource.Uploaded uploaded -> blobs.get(uploaded.mediaId()).map(b -> new Fetched(b, null));
            case MediaSource.Stored stored -> Optional.<Fetched>empty(); // the platform's sealed media store is not wired to the gateway yet
        };
        return fetched.map(f -> {
            String mime = f.mimeType() != null ? f.mimeType() : fallbackMime;
            return new OutgoingMedia(f.bytes(), mime, filename, caption, pageCount(f.bytes(), mime));
        });
    }

    static int pageCount(byte[] bytes, String mime) {
        if (!"application/pdf".equals(mime)) return 1;
        return (int) Math.max(1, PDF_PAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).results().count());
    }

    private Optional<Fetched> download(String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() / 100 != 2) return Optional.empty();
            return Optional.of(new Fetched(r.body(), r.headers().firstValue("content-type").map(v -> v.split(";")[0].trim()).orElse(null)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private record Fetched(byte[] bytes, String mimeType) {}
}
