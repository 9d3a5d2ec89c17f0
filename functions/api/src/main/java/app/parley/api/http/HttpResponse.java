package app.parley.api.http;

import java.util.Map;

/** What goes back over the wire. */
public record HttpResponse(int status, Map<String, String> headers, String body) {}
