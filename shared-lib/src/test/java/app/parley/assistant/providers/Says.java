package app.parley.assistant.providers;

import java.time.Duration;

/** What a fake model does with one request. */
public sealed interface Says {
    /** Calls a tool; the arguments are raw text so a script can send invalid JSON. */
    record CallTool(String name, String argumentsJson) implements Says {}

    record Say(String text) implements Says {}

    /** Answers with the provider's own error envelope for this status (429, 500, 503, 400 ...). */
    record Status(int status) implements Says {}

    /** A 200 whose body is whatever this is. */
    record Garbage(String body) implements Says {}

    record Hang(Duration duration) implements Says {}
}
