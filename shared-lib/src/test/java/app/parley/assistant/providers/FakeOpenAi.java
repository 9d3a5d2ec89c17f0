package app.parley.assistant.providers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** OpenAI Chat Completions: {@code POST /v1/chat/completions}, {@code Authorization: Bearer}, tool_calls. */
public final class FakeOpenAi extends FakeModelServer {
    public static final String KEY = "sk-test-not-a-real-key";
    public static final String MODEL = "gpt-4o-mini";

    @Override
    public ProviderName provider() {
        return ProviderName.OPENAI;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("AI_PROVIDER", "openai", "OPENAI_BASE_URL", root() + "/v1", "OPENAI_API_KEY", KEY,
                "OPENAI_MODEL", MODEL);
    }

    @Override
    protected boolean handles(String method, String path) {
        return method.equals("POST") && path.equals("/v1/chat/completions");
    }

    @Override
    protected boolean authorized(Received request) {
        return ("Bearer " + KEY).equals(request.header("Authorization"));
    }

    @Override
    protected Reply unauthorized() {
        return new Reply(401, Map.of(), error("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"));
    }

    @Override
    protected String forcedTool(JsonNode body) {
        JsonNode name = body.path("tool_choice").path("function").path("name");
        return name.isTextual() ? name.asText() : null;
    }

    @Override
    protected String userText(JsonNode body) {
        for (JsonNode message : body.path("messages")) {
            if (message.path("role").asText().equals("user")) return message.path("content").asText();
        }
        return "";
    }

    @Override
    protected Reply toolCall(String name, String argumentsJson) {
        return completion("""
                {"role":"assistant","content":null,"refusal":null,"tool_calls":[{"id":"call_Fk3s9","type":"function",\
                "function":{"name":%s,"arguments":%s}}]}""".formatted(quoted(name), quoted(argumentsJson)), "tool_calls");
    }

    @Override
    protected Reply text(String text) {
        return completion("{\"role\":\"assistant\",\"content\":%s,\"refusal\":null}".formatted(quoted(text)), "stop");
    }

    @Override
    protected Reply error(int status) {
        return new Reply(status, Map.of(), switch (status) {
            case 429 -> error("Rate limit reached for gpt-4o-mini on requests per min (RPM).", "requests", "rate_limit_exceeded");
            case 400 -> error("Invalid schema for function 'classify_message'.", "invalid_request_error", "invalid_request");
            default -> error("The server had an error while processing your request. Sorry about that!", "server_error", null);
        });
    }

    private Reply completion(String message, String finishReason) {
        return new Reply(200, Map.of(), """
                {"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion","created":1741569952,\
                "model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":%s,"logprobs":null,\
                "finish_reason":"%s"}],"usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d},\
                "system_fingerprint":"fp_06737a9306"}""".formatted(message, finishReason, INPUT_TOKENS, OUTPUT_TOKENS,
                INPUT_TOKENS + OUTPUT_TOKENS));
    }

    private static String error(String message, String type, String code) {
        return "{\"error\":{\"message\":%s,\"type\":%s,\"param\":null,\"code\":%s}}".formatted(
                quoted(message), quoted(type), code == null ? "null" : quoted(code));
    }
}
