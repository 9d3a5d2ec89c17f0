package app.parley.assistant.providers;

import app.parley.assistant.providers.Exchange.Failure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Gemini {@code POST {base}/v1beta/models/{model}:generateContent} with one forced function declaration. */
final class GeminiGenerateContent implements ModelEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProviderSettings settings;
    private final ProviderKeys keys;
    private final JsonHttp http;
    private final URI generate;

    GeminiGenerateContent(ProviderSettings settings, ProviderKeys keys) {
        this.settings = settings;
        this.keys = keys;
        this.http = new JsonHttp(settings.connectTimeout());
        this.generate = URI.create(OpenAiChatCompletions.withoutTrailingSlash(settings.endpoint()) + "/v1beta/models/"
                + URLEncoder.encode(settings.model(), StandardCharsets.UTF_8) + ":generateContent");
    }

    @Override
    public ProviderName name() {
        return ProviderName.GEMINI;
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public Exchange send(ModelCall call, Duration timeout) {
        var key = keys.apiKey(ProviderName.GEMINI);
        if (key.isEmpty()) return new Exchange.Failed(Failure.REJECTED, "no Gemini API key configured");
        var outcome = http.post(generate, Map.of("x-goog-api-key", key.get()), request(call).toString(), timeout);
        return switch (outcome) {
            case JsonHttp.Outcome.Unanswered u -> new Exchange.Failed(u.failure(), u.detail());
            case JsonHttp.Outcome.Answered a when a.status() != 200 ->
                    new Exchange.Failed(Failure.ofStatus(a.status()), "HTTP " + a.status() + " " + ProviderErrors.googleStatus(a.body()));
            case JsonHttp.Outcome.Answered a -> generated(a.body());
        };
    }

    ObjectNode request(ModelCall call) {
        var body = JSON.createObjectNode();
        body.putObject("systemInstruction").putArray("parts").addObject().put("text", call.system());
        body.putArray("contents").addObject().put("role", "user").putArray("parts").addObject().put("text", call.user());
        call.tool().ifPresent(tool -> {
            var declaration = body.putArray("tools").addObject().putArray("functionDeclarations").addObject();
            declaration.put("name", tool.name()).put("description", tool.description());
            declaration.set("parameters", withoutAdditionalProperties(tool.parameters().deepCopy()));
            var config = body.putObject("toolConfig").putObject("functionCallingConfig").put("mode", "ANY");
            config.putArray("allowedFunctionNames").add(tool.name());
        });
        body.putObject("generationConfig").put("temperature", 0).put("maxOutputTokens", call.maxTokens());
        return body;
    }

    /** Gemini's OpenAPI-subset schema refuses {@code additionalProperties}; we check extra fields ourselves. */
    private static JsonNode withoutAdditionalProperties(JsonNode schema) {
        if (schema instanceof ObjectNode object) object.remove("additionalProperties");
        schema.forEach(GeminiGenerateContent::withoutAdditionalProperties);
        return schema;
    }

    private static Exchange generated(String body) {
        JsonNode root = ProviderErrors.parse(body);
        if (root == null || !root.isObject()) return new Exchange.Failed(Failure.MALFORMED, "not a JSON object");
        JsonNode usage = root.path("usageMetadata");
        long output = usage.path("candidatesTokenCount").asLong(0) + usage.path("thoughtsTokenCount").asLong(0);
        return new Exchange.Completed(output(root), usage.path("promptTokenCount").asLong(0), output);
    }

    private static ModelOutput output(JsonNode root) {
        JsonNode parts = root.path("candidates").path(0).path("content").path("parts");
        if (!parts.isArray() || parts.isEmpty()) {
            return new ModelOutput.Unusable("no candidate content " + root.path("promptFeedback").path("blockReason").asText(""));
        }
        var text = new StringBuilder();
        for (JsonNode part : parts) {
            JsonNode call = part.path("functionCall");
            if (call.isObject()) return new ModelOutput.ToolCall(call.path("name").asText(""), call.path("args"));
            if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) text.append(part.get("text").asText());
        }
        return new ModelOutput.Text(text.toString());
    }
}
