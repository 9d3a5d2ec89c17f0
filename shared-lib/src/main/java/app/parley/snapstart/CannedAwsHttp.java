package app.parley.snapstart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client that never opens a socket: every request is answered 200 with an empty JSON
 * object (a valid answer of the JSON protocols DynamoDB and SQS speak). Requests are recorded as
 * their {@code X-Amz-Target}, so a test can see what priming exercised.
 */
public final class CannedAwsHttp implements SdkHttpClient {
    private final List<String> targets = new CopyOnWriteArrayList<>();

    public List<String> targets() { return List.copyOf(targets); }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                targets.add(request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse(request.httpRequest().encodedPath()));
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Type", "application/x-amz-json-1.0")
                                .putHeader("Content-Length", Integer.toString(body.length)).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
            }

            @Override
            public void abort() {}
        };
    }

    @Override
    public String clientName() { return "priming"; }

    @Override
    public void close() {}
}
