package app.parley.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.messaging.application.FifoBatch;
import app.parley.messaging.application.ItemResult;
import app.parley.messaging.application.QueueItem;
import com.amazonaws.services.lambda.runtime.Context;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class InvocationLogTest {

    @Test
    void lines_written_during_an_invocation_carry_its_request_id_and_the_next_invocation_does_not_inherit_it() {
        String seen = InvocationLog.around(lambdaContext("req-7"), () -> MDC.get(InvocationLog.REQUEST_ID));
        assertThat(seen).isEqualTo("req-7");
        assertThat(MDC.get(InvocationLog.REQUEST_ID)).isNull();
    }

    @Test
    void a_failing_invocation_leaves_no_request_id_behind() {
        assertThatThrownBy(() -> InvocationLog.around(lambdaContext("req-8"), () -> { throw new IllegalStateException("boom"); }))
                .hasMessage("boom");
        assertThat(MDC.get(InvocationLog.REQUEST_ID)).isNull();
    }

    @Test
    void each_message_of_a_batch_is_logged_under_its_own_message_id() {
        List<String> seen = new ArrayList<>();
        FifoBatch.run(List.of(item("m-1", "g-1"), item("m-2", "g-2")), item -> {
            seen.add(MDC.get(InvocationLog.MESSAGE_ID));
            return ItemResult.done();
        });
        assertThat(seen).containsExactly("m-1", "m-2");
        assertThat(MDC.get(InvocationLog.MESSAGE_ID)).isNull();
    }

    private static QueueItem item(String id, String group) {
        return new QueueItem(id, "receipt-" + id, group, 1, Optional.empty(), "{}");
    }

    private static Context lambdaContext(String requestId) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> method.getName().equals("getAwsRequestId") ? requestId : null);
    }
}
