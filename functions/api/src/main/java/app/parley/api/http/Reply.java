package app.parley.api.http;

import java.util.Map;

/** A successful answer: status, body (written as JSON; null for none) and extra headers. */
public record Reply(int status, Object body, Map<String, String> headers) {
    public static Reply ok(Object body) { return new Reply(200, body, Map.of()); }

    public static Reply created(Object body) { return new Reply(201, body, Map.of()); }

    public static Reply accepted(Object body) { return new Reply(202, body, Map.of()); }

    public static Reply noContent() { return new Reply(204, null, Map.of()); }
}
