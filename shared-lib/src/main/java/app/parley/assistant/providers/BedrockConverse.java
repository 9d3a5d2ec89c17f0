package app.parley.assistant.providers;

import app.parley.assistant.providers.Exchange.Failure;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.AnyToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

/** Bedrock Runtime Converse with tool use, through the SDK client (built once, URL-connection HTTP, no SDK retries). */
final class BedrockConverse implements ModelEndpoint {
    private final ProviderSettings settings;
    private final BedrockRuntimeClient client;

    BedrockConverse(ProviderSettings settings, AwsCredentialsProvider credentials) {
        this.settings = settings;
        var builder = BedrockRuntimeClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout()).socketTimeout(settings.readTimeout()))
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                // our guard retries at most once; the SDK's own retries would multiply that
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (settings.endpoint() != null) builder.endpointOverride(settings.endpoint());
        this.client = builder.build();
    }

    @Override
    public ProviderName name() {
        return ProviderName.BEDROCK;
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public Exchange send(ModelCall call, Duration timeout) {
        try {
            return completed(client.converse(request(call, timeout)));
        } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException late) {
            return new Exchange.Failed(Failure.TIMEOUT, late.getClass().getSimpleName());
        } catch (AwsServiceException refused) {
            return new Exchange.Failed(Failure.ofStatus(refused.statusCode()),
                    "HTTP " + refused.statusCode() + " " + errorCode(refused));
        } catch (SdkClientException broken) {
            return new Exchange.Failed(clientFailure(broken), broken.getClass().getSimpleName());
        } catch (SdkException | IllegalArgumentException other) {
            return new Exchange.Failed(Failure.MALFORMED, other.getClass().getSimpleName());
        }
    }

    ConverseRequest request(ModelCall call, Duration timeout) {
        var request = ConverseRequest.builder().modelId(settings.model())
                .system(SystemContentBlock.fromText(call.system()))
                .messages(Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText(call.user())).build())
                .inferenceConfig(InferenceConfiguration.builder().maxTokens(call.maxTokens()).temperature(0f).build())
                .overrideConfiguration(o -> o.apiCallTimeout(timeout));
        call.tool().ifPresent(tool -> request.toolConfig(ToolConfiguration.builder()
                .tools(Tool.fromToolSpec(ToolSpecification.builder().name(tool.name()).description(tool.description())
                        .inputSchema(ToolInputSchema.fromJson(Documents.of(tool.parameters()))).build()))
                // "any" forces a tool call on every model family that supports tools; "tool" is Claude-only
                .toolChoice(ToolChoice.fromAny(AnyToolChoice.builder().build()))
                .build()));
        return request.build();
    }

    private static Exchange completed(ConverseResponse response) {
        if (response.output() == null || response.output().message() == null) {
            return new Exchange.Failed(Failure.MALFORMED, "no output message");
        }
        long input = response.usage() == null || response.usage().inputTokens() == null ? 0 : response.usage().inputTokens();
        long output = response.usage() == null || response.usage().outputTokens() == null ? 0 : response.usage().outputTokens();
        return new Exchange.Completed(output(response.output().message()), input, output);
    }

    private static ModelOutput output(Message message) {
        var text = new StringBuilder();
        for (ContentBlock block : message.content()) {
            if (block.toolUse() != null) {
                return new ModelOutput.ToolCall(String.valueOf(block.toolUse().name()), Documents.json(block.toolUse().input()));
            }
            if (block.text() != null) text.append(block.text());
        }
        return text.isEmpty() ? new ModelOutput.Unusable("no tool use and no text") : new ModelOutput.Text(text.toString());
    }

    private static String errorCode(AwsServiceException refused) {
        return refused.awsErrorDetails() == null ? "" : String.valueOf(refused.awsErrorDetails().errorCode());
    }

    private static Failure clientFailure(SdkClientException broken) {
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketTimeoutException) return Failure.TIMEOUT;
            if (cause instanceof java.net.ConnectException) return Failure.UNREACHABLE;
        }
        return Failure.MALFORMED;
    }
}
