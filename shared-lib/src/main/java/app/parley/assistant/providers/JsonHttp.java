package app.parley.assistant.providers;

import app.parley.assistant.providers.Exchange.Failure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** POSTs JSON with one deadline for the whole exchange, body included, and a bounded body. Built once. */
final class JsonHttp {
    private static final int MAX_BODY_BYTES = 256 * 1024;

    sealed interface Outcome {
        record Answered(int status, String body) implements Outcome {}

        record Unanswered(Failure failure, String detail) implements Outcome {}
    }

    private final HttpClient client;

    JsonHttp(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    Outcome post(URI uri, Map<String, String> headers, String json, Duration timeout) {
        var request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        headers.forEach(request::header);
        var sent = client.sendAsync(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                LimitedBody.handler(MAX_BODY_BYTES));
        try {
            var response = sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome.Answered(response.statusCode(), response.body());
        } catch (TimeoutException late) {
            sent.cancel(true);
            return new Outcome.Unanswered(Failure.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException failed) {
            return unanswered(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            sent.cancel(true);
            return new Outcome.Unanswered(Failure.TIMEOUT, "interrupted");
        }
    }

    private static Outcome unanswered(Throwable cause) {
        return switch (cause) {
            case HttpTimeoutException t -> new Outcome.Unanswered(Failure.TIMEOUT, t.getClass().getSimpleName());
            case LimitedBody.TooLarge t -> new Outcome.Unanswered(Failure.MALFORMED, t.getMessage());
            case ConnectException c -> new Outcome.Unanswered(Failure.UNREACHABLE, c.getClass().getSimpleName());
            case IOException io -> new Outcome.Unanswered(Failure.UNREACHABLE, io.getClass().getSimpleName());
            default -> new Outcome.Unanswered(Failure.MALFORMED, String.valueOf(cause));
        };
    }
}
