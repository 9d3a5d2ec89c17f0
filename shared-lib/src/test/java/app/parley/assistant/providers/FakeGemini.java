package app.parley.assistant.providers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Gemini: {@code POST /v1beta/models/{model}:generateContent}, {@code x-goog-api-key}, functionCall parts. */
public final class FakeGemini extends FakeModelServer {
    public static final String KEY = "AIza-test-not-a-real-key";
    public static final String MODEL = "gemini-2.0-flash";

    @Override
    public ProviderName provider() {
        return ProviderName.GEMINI;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("AI_PROVIDER", "gemini", "GEMINI_BASE_URL", root().toString(), "GEMINI_API_KEY", KEY,
                "GEMINI_MODEL", MODEL);
    }

    @Override
    protected boolean handles(String method, String path) {
        return method.equals("POST") && path.equals("/v1beta/models/" + MODEL + ":generateContent");
    }

    @Override
    protected boolean authorized(Received request) {
        return KEY.equals(request.header("x-goog-api-key"));
    }

    @Override
    protected Reply unauthorized() {
        return new Reply(400, Map.of(), status(400, "API key not valid. Please pass a valid API key.", "INVALID_ARGUMENT"));
    }

    @Override
    protected String forcedTool(JsonNode body) {
        JsonNode allowed = body.path("toolConfig").path("functionCallingConfig").path("allowedFunctionNames").path(0);
        return allowed.isTextual() ? allowed.asText() : null;
    }

    @Override
    protected String userText(JsonNode body) {
        return body.path("contents").path(0).path("parts").path(0).path("text").asText("");
    }

    @Override
    protected Reply toolCall(String name, String argumentsJson) {
        return candidate("{\"functionCall\":{\"name\":%s,\"args\":%s}}".formatted(quoted(name), argumentsJson));
    }

    @Override
    protected Reply text(String text) {
        return candidate("{\"text\":%s}".formatted(quoted(text)));
    }

    @Override
    protected Reply error(int status) {
        return new Reply(status, Map.of(), switch (status) {
            case 429 -> status(429, "Resource has been exhausted (e.g. check quota).", "RESOURCE_EXHAUSTED");
            case 503 -> status(503, "The model is overloaded. Please try again later.", "UNAVAILABLE");
            case 400 -> status(400, "Invalid JSON payload received.", "INVALID_ARGUMENT");
            default -> status(status, "An internal error has occurred.", "INTERNAL");
        });
    }

    private Reply candidate(String part) {
        return new Reply(200, Map.of(), """
                {"candidates":[{"content":{"parts":[%s],"role":"model"},"finishReason":"STOP","index":0}],\
                "usageMetadata":{"promptTokenCount":%d,"candidatesTokenCount":%d,"totalTokenCount":%d,\
                "promptTokensDetails":[{"modality":"TEXT","tokenCount":%d}]},"modelVersion":"%s",\
                "responseId":"g9e0aKyGMZ2s1MkP8Y2x0Ag"}""".formatted(part, INPUT_TOKENS, OUTPUT_TOKENS,
                INPUT_TOKENS + OUTPUT_TOKENS, INPUT_TOKENS, MODEL));
    }

    private static String status(int code, String message, String status) {
        return "{\"error\":{\"code\":%d,\"message\":%s,\"status\":\"%s\"}}".formatted(code, quoted(message), status);
    }
}
