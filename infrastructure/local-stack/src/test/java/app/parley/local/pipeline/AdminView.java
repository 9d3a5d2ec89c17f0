package app.parley.local.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a tenant admin sees through the admin API: orders and conversations, every page. */
final class AdminView {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PipelineStack p;
    private final Map<String, String> tokenBySlug;

    AdminView(PipelineStack p, Map<String, String> tokenBySlug) {
        this.p = p;
        this.tokenBySlug = tokenBySlug;
    }

    /** {@code status} null: orders in every status. */
    List<JsonNode> orders(String slug, String status) {
        return all(slug, "/api/orders?limit=200" + (status == null ? "" : "&status=" + status));
    }

    List<JsonNode> conversations(String slug, String mode) {
        return all(slug, "/api/conversations?limit=200&mode=" + mode);
    }

    private List<JsonNode> all(String slug, String path) {
        var items = new ArrayList<JsonNode>();
        String cursor = null;
        do {
            String url = cursor == null ? path : path + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            var response = p.get(url, tokenBySlug.get(slug));
            if (response.statusCode() != 200) throw new IllegalStateException("GET " + url + ": " + response.statusCode() + " " + response.body());
            JsonNode page = read(response.body());
            page.path("items").forEach(items::add);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
