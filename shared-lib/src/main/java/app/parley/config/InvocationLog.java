package app.parley.config;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Puts the Lambda request id on every log line written while one invocation runs (as {@code requestId} in the
 * JSON's MDC fields), so CloudWatch Logs Insights can gather one invocation's lines and match them to Lambda's own
 * REPORT line. Removed when the invocation ends: a warm container's next invocation never carries a stale id.
 */
public final class InvocationLog {
    public static final String REQUEST_ID = "requestId";
    public static final String MESSAGE_ID = "messageId";

    private InvocationLog() {}

    public static <T> T around(Context context, Supplier<T> invocation) {
        String requestId = context == null ? null : context.getAwsRequestId();
        if (requestId == null) return invocation.get();
        MDC.put(REQUEST_ID, requestId);
        try {
            return invocation.get();
        } finally {
            MDC.remove(REQUEST_ID);
        }
    }

    /** The queue message being handled, on the lines written while it is (one record of a batch at a time). */
    public static <T> T forMessage(String messageId, Supplier<T> handling) {
        MDC.put(MESSAGE_ID, messageId);
        try {
            return handling.get();
        } finally {
            MDC.remove(MESSAGE_ID);
        }
    }
}
