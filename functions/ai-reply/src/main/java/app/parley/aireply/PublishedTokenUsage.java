package app.parley.aireply;

import app.parley.assistant.providers.TokenUsage;
import app.parley.assistant.providers.UsageRecorder;
import app.parley.billing.application.UsagePublisher;
import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageKind;
import app.parley.common.model.Ids;
import java.time.Clock;

/**
 * Token usage of one model call as two usage events. The call id is new each time: a call
 * repeated after a redelivery really consumed tokens again; a queue-level repeat of one event
 * still counts once. Never throws into a reply (the publisher logs what it could not send).
 */
record PublishedTokenUsage(UsagePublisher publisher, Clock clock) implements UsageRecorder {
    @Override
    public void record(TokenUsage usage) {
        String call = Ids.next("llm");
        var at = clock.instant();
        String provider = usage.provider().setting();
        publisher.publish(new UsageEvent(call + "#ai#input", usage.tenant(), UsageKind.AI_INPUT_TOKENS,
                usage.inputTokens(), at, provider, usage.model()));
        publisher.publish(new UsageEvent(call + "#ai#output", usage.tenant(), UsageKind.AI_OUTPUT_TOKENS,
                usage.outputTokens(), at, provider, usage.model()));
    }
}
