package app.parley.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.messaging.model.Customer;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each Graph error fixture, answered by the fake with the status Meta uses, classified by the client. */
class GraphErrorClassificationTest {
    private static final FakeGraphApi GRAPH = FakeGraphApi.start();
    private final GraphApiClient client = new GraphApiClient(GRAPH.baseUrl(), Duration.ofSeconds(5));

    @BeforeEach
    void reset() {
        GRAPH.reset();
    }

    @AfterAll
    static void stop() {
        GRAPH.close();
    }

    @ParameterizedTest(name = "{0} over HTTP {1}")
    @CsvSource({
            "graph_error_130429_rate_limit.json,            400, 130429",
            "graph_error_131056_pair_rate_limit.json,       400, 131056",
            "graph_error_131056_pair_rate_limit.json,       403, 131056",
    })
    void throttling_errors_are_retryable(String fixture, int status, int code) {
        GRAPH.failNext(1, status, GraphErrorBodies.fixture(fixture));
        assertThat(send()).isInstanceOfSatisfying(RetryableFailure.class, failure -> {
            assertThat(failure.code()).isEqualTo(code);
            assertThat(failure.message()).startsWith("(#" + code + ")");
        });
    }

    @ParameterizedTest(name = "{0} over HTTP {1}")
    @CsvSource({
            "graph_error_100_object_not_found.json,         400, 100",
            "graph_error_131030_recipient_not_allowed.json, 400, 131030",
            "graph_error_190_invalid_token.json,            401, 190",
    })
    void request_and_account_errors_are_permanent(String fixture, int status, int code) {
        GRAPH.failNext(1, status, GraphErrorBodies.fixture(fixture));
        assertThat(send()).isInstanceOfSatisfying(PermanentFailure.class, failure -> {
            assertThat(failure.code()).isEqualTo(code);
            assertThat(failure.reengagementRequired()).isFalse();
        });
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"503", "429"})
    void refusals_without_a_graph_body_are_retryable(int status) {
        GRAPH.failNext(1, status, "<html>upstream</html>");
        assertThat(send()).isInstanceOfSatisfying(RetryableFailure.class,
                failure -> assertThat(failure.code()).isEqualTo(status));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"500", "502", "504"})
    void a_gateway_error_without_metas_answer_leaves_a_send_in_doubt(int status) {
        GRAPH.failNext(1, status, "<html>upstream</html>");
        assertThat(send()).isInstanceOfSatisfying(SendResult.OutcomeUnknown.class,
                unknown -> assertThat(unknown.why()).isEqualTo("the Graph API answered HTTP " + status + " without saying whether it took the message"));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"500", "502", "504"})
    void the_same_error_on_a_read_receipt_is_only_retryable(int status) {
        GRAPH.failNext(1, status, "<html>upstream</html>");
        assertThat(client.markRead("106540352242922", "token", "wamid.in", true)).isInstanceOf(RetryableFailure.class);
    }

    @Test
    void metas_own_error_object_over_http_500_is_a_retryable_failure_not_a_doubt() {
        GRAPH.failNext(1, 500, GraphErrorBodies.INTERNAL_ERROR_131000);
        assertThat(send()).isInstanceOfSatisfying(RetryableFailure.class, failure -> assertThat(failure.code()).isEqualTo(131000));
    }

    @ParameterizedTest(name = "code {0}")
    @CsvSource({"131000", "131016", "133004", "4", "80007"})
    void transient_graph_codes_are_retryable_even_over_http_400(int code) {
        GRAPH.failNext(1, 400, GraphErrorBodies.of(code, "OAuthException", "(#" + code + ") temporary", "try later"));
        assertThat(send()).isInstanceOf(RetryableFailure.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"graph_error_131056_pair_rate_limit.json"})
    void the_pair_rate_limit_suggests_waiting_six_seconds(String fixture) {
        GRAPH.failNext(1, 400, GraphErrorBodies.fixture(fixture));
        assertThat(send()).isInstanceOfSatisfying(RetryableFailure.class,
                failure -> assertThat(failure.retryAfter()).isEqualTo(Optional.of(Duration.ofSeconds(6))));
    }

    private SendResult send() {
        return client.send("106540352242922", "token", new OutboundMessage("out_1", TenantId.newId(), "conv_1",
                new Customer("15550002222", null), null, MessageOrigin.SYSTEM, new OutboundContent.Text("Hi")));
    }
}
