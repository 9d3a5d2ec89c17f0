package app.parley.assistant.providers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Bedrock Runtime Converse: {@code POST /model/{modelId}/converse}, SigV4-signed for service {@code bedrock},
 * toolUse content blocks, and errors named in {@code x-amzn-ErrorType} as the SDK expects.
 */
public final class FakeBedrock extends FakeModelServer {
    public static final String MODEL = "amazon.nova-lite-v1:0";
    public static final String REGION = "eu-west-1";
    public static final String ACCESS_KEY = "AKIDFAKEBEDROCKTEST1";
    public static final AwsCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "fake-secret-for-tests"));

    @Override
    public ProviderName provider() {
        return ProviderName.BEDROCK;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("AI_PROVIDER", "bedrock", "BEDROCK_ENDPOINT_URL", root().toString(), "BEDROCK_MODEL_ID", MODEL,
                "AWS_REGION", REGION);
    }

    @Override
    protected boolean handles(String method, String path) {
        return method.equals("POST") && path.equals("/model/" + MODEL + "/converse");
    }

    /** Accepts SigV4 of the right shape for this key, region and service; the signature itself is not recomputed. */
    @Override
    protected boolean authorized(Received request) {
        String authorization = request.header("Authorization");
        return authorization != null && request.header("X-Amz-Date") != null
                && authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/")
                && authorization.contains("/" + REGION + "/bedrock/aws4_request")
                && authorization.contains("SignedHeaders=") && authorization.contains("Signature=");
    }

    @Override
    protected Reply unauthorized() {
        return new Reply(403, Map.of("x-amzn-ErrorType", "UnrecognizedClientException"),
                "{\"message\":\"The security token included in the request is invalid.\"}");
    }

    @Override
    protected String forcedTool(JsonNode body) {
        JsonNode name = body.path("toolConfig").path("tools").path(0).path("toolSpec").path("name");
        return name.isTextual() ? name.asText() : null;
    }

    @Override
    protected String userText(JsonNode body) {
        return body.path("messages").path(0).path("content").path(0).path("text").asText("");
    }

    @Override
    protected Reply toolCall(String name, String argumentsJson) {
        return converse("{\"toolUse\":{\"toolUseId\":\"tooluse_kZJMlvQmRJ6eAyJE5GIl7Q\",\"name\":%s,\"input\":%s}}"
                .formatted(quoted(name), argumentsJson), "tool_use");
    }

    @Override
    protected Reply text(String text) {
        return converse("{\"text\":%s}".formatted(quoted(text)), "end_turn");
    }

    @Override
    protected Reply error(int status) {
        String type = switch (status) {
            case 429 -> "ThrottlingException";
            case 503 -> "ServiceUnavailableException";
            case 400 -> "ValidationException";
            default -> "InternalServerException";
        };
        String message = status == 429 ? "Too many requests, please wait before trying again." : "The request failed.";
        return new Reply(status, Map.of("x-amzn-ErrorType", type), "{\"message\":%s}".formatted(quoted(message)));
    }

    private Reply converse(String block, String stopReason) {
        return new Reply(200, Map.of(), """
                {"output":{"message":{"role":"assistant","content":[%s]}},"stopReason":"%s",\
                "usage":{"inputTokens":%d,"outputTokens":%d,"totalTokens":%d},"metrics":{"latencyMs":412}}"""
                .formatted(block, stopReason, INPUT_TOKENS, OUTPUT_TOKENS, INPUT_TOKENS + OUTPUT_TOKENS));
    }
}
