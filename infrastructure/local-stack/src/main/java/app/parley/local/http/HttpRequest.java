package app.parley.local.http;

import java.util.List;
import java.util.Map;

/** What arrived on the wire, already read and size-checked, before it becomes a Lambda event. */
record HttpRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                   byte[] body, String sourceIp, String protocol) {}
