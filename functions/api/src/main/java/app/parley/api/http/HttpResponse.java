package app.parley.api.http;

import java.util.Map;

/** What goes back over the wire; a binary body is base64 text with {@code base64Encoded} set (API Gateway's way). */
public record HttpResponse(int status, Map<String, String> headers, String body, boolean base64Encoded) {
    public HttpResponse(int status, Map<String, String> headers, String body) {
        this(status, headers, body, false);
    }
}
