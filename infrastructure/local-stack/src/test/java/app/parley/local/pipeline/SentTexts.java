package app.parley.local.pipeline;

import app.parley.whatsapp.cloud.FakeGraphApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Every text a customer sees in one Cloud API send: a text body, an interactive body and its buttons, a caption. */
final class SentTexts {
    private SentTexts() {}

    static String of(FakeGraphApi.Request send) {
        JsonNode m = send.json();
        var parts = new ArrayList<String>();
        add(parts, m.path("text").path("body"));
        JsonNode interactive = m.path("interactive");
        add(parts, interactive.path("header").path("text"));
        add(parts, interactive.path("body").path("text"));
        add(parts, interactive.path("footer").path("text"));
        interactive.path("action").path("buttons").forEach(b -> add(parts, b.path("reply").path("title")));
        interactive.path("action").path("sections").forEach(s -> s.path("rows").forEach(r -> {
            add(parts, r.path("title"));
            add(parts, r.path("description"));
        }));
        for (String media : List.of("image", "document", "video")) add(parts, m.path(media).path("caption"));
        return String.join("\n", parts);
    }

    private static void add(List<String> parts, JsonNode text) {
        if (text.isTextual() && !text.asText().isBlank()) parts.add(text.asText());
    }
}
