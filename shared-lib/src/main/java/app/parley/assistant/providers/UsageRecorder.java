package app.parley.assistant.providers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Port: where token usage goes (billing consumes it). Implementations must not throw into a reply. */
public interface UsageRecorder {
    void record(TokenUsage usage);

    /** Until billing supplies its recorder: one structured log line per call, so nothing is lost. */
    static UsageRecorder logged() {
        Logger log = LoggerFactory.getLogger(UsageRecorder.class);
        return usage -> log.info("ai-usage tenant={} provider={} model={} inputTokens={} outputTokens={}",
                usage.tenant(), usage.provider().setting(), usage.model(), usage.inputTokens(), usage.outputTokens());
    }
}
