package app.parley.api.http;

import java.util.Map;

/**
 * A successful answer: status, body (written as JSON; null for none; a {@link File} is sent as its
 * bytes) and extra headers.
 */
public record Reply(int status, Object body, Map<String, String> headers) {
    /** Bytes of a document, sent as they are with their media type (base64 on the API Gateway wire). */
    public record File(String mediaType, String fileName, byte[] content) {
        public File {
            if (!fileName.matches("[A-Za-z0-9._-]{1,100}")) throw new IllegalArgumentException("a plain file name");
        }
    }

    public static Reply ok(Object body) { return new Reply(200, body, Map.of()); }

    public static Reply created(Object body) { return new Reply(201, body, Map.of()); }

    public static Reply accepted(Object body) { return new Reply(202, body, Map.of()); }

    public static Reply noContent() { return new Reply(204, null, Map.of()); }

    public static Reply file(String mediaType, String fileName, byte[] content) {
        return new Reply(200, new File(mediaType, fileName, content), Map.of());
    }
}
