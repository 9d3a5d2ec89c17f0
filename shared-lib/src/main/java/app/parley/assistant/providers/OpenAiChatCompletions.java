package app.parley.assistant.providers;

import app.parley.assistant.providers.Exchange.Failure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** OpenAI Chat Completions with one forced function tool ({@code POST {base}/chat/completions}). */
final class OpenAiChatCompletions implements ModelEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProviderSettings settings;
    private final ProviderKeys keys;
    private final JsonHttp http;
    private final URI completions;

    OpenAiChatCompletions(ProviderSettings settings, ProviderKeys keys) {
        this.settings = settings;
        this.keys = keys;
        this.http = new JsonHttp(settings.connectTimeout());
        this.completions = URI.create(withoutTrailingSlash(settings.endpoint()) + "/chat/completions");
    }

    @Override
    public ProviderName name() {
        return ProviderName.OPENAI;
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public Exchange send(ModelCall call, Duration timeout) {
        var key = keys.apiKey(ProviderName.OPENAI);
        if (key.isEmpty()) return new Exchange.Failed(Failure.REJECTED, "no OpenAI API key configured");
        var outcome = http.post(completions, Map.of("Authorization", "Bearer " + key.get()), request(call).toString(), timeout);
        return switch (outcome) {
            case JsonHttp.Outcome.Unanswered u -> new Exchange.Failed(u.failure(), u.detail());
            case JsonHttp.Outcome.Answered a when a.status() != 200 ->
                    new Exchange.Failed(Failure.ofStatus(a.status()), "HTTP " + a.status() + " " + ProviderErrors.openAiCode(a.body()));
            case JsonHttp.Outcome.Answered a -> completion(a.body());
        };
    }

    ObjectNode request(ModelCall call) {
        var body = JSON.createObjectNode().put("model", settings.model())
                .put("temperature", 0).put("max_completion_tokens", call.maxTokens());
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", call.system());
        messages.addObject().put("role", "user").put("content", call.user());
        call.tool().ifPresent(tool -> {
            var function = body.putArray("tools").addObject().put("type", "function").putObject("function");
            function.put("name", tool.name()).put("description", tool.description()).put("strict", true);
            function.set("parameters", tool.parameters());
            body.putObject("tool_choice").put("type", "function").putObject("function").put("name", tool.name());
        });
        return body;
    }

    private static Exchange completion(String body) {
        JsonNode root = ProviderErrors.parse(body);
        JsonNode message = root == null ? null : root.path("choices").path(0).path("message");
        if (message == null || !message.isObject()) return new Exchange.Failed(Failure.MALFORMED, "no choices[0].message");
        JsonNode usage = root.path("usage");
        return new Exchange.Completed(output(message), usage.path("prompt_tokens").asLong(0),
                usage.path("completion_tokens").asLong(0));
    }

    private static ModelOutput output(JsonNode message) {
        JsonNode function = message.path("tool_calls").path(0).path("function");
        if (function.isObject()) {
            JsonNode arguments = ProviderErrors.parse(function.path("arguments").asText(""));
            if (arguments == null) return new ModelOutput.Unusable("tool arguments are not JSON");
            return new ModelOutput.ToolCall(function.path("name").asText(""), arguments);
        }
        if (message.path("refusal").isTextual()) return new ModelOutput.Unusable("refused");
        if (message.path("content").isTextual()) return new ModelOutput.Text(message.get("content").asText());
        return new ModelOutput.Unusable("neither a tool call nor text");
    }

    static String withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
