package app.parley.assistant.providers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Lenient reading of provider bodies: garbage becomes null or a short code, never an exception. */
final class ProviderErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CODE = 60;

    private ProviderErrors() {}

    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    /** OpenAI: {@code {"error":{"message","type","param","code"}}}. */
    static String openAiCode(String body) {
        JsonNode error = errorOf(body);
        return error == null ? "" : shortened(error.path("code").asText(error.path("type").asText("")));
    }

    /** Gemini: {@code {"error":{"code","message","status"}}}. */
    static String googleStatus(String body) {
        JsonNode error = errorOf(body);
        return error == null ? "" : shortened(error.path("status").asText(""));
    }

    private static JsonNode errorOf(String body) {
        JsonNode root = parse(body);
        return root != null && root.path("error").isObject() ? root.get("error") : null;
    }

    private static String shortened(String code) {
        String printable = code.replaceAll("[^A-Za-z0-9_.-]", "");
        return printable.length() > MAX_CODE ? printable.substring(0, MAX_CODE) : printable;
    }
}
