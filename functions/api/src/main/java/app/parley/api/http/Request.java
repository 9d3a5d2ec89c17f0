package app.parley.api.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** An HTTP request as the router needs it; header names lower-cased. */
public record Request(String method, String path, Map<String, String> headers, Map<String, String> query,
                      String body, String sourceIp) {
    public Request {
        Map<String, String> lower = new TreeMap<>();
        if (headers != null) headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        headers = Map.copyOf(lower);
        query = query == null ? Map.of() : Map.copyOf(query);
        sourceIp = sourceIp == null ? "unknown" : sourceIp;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
