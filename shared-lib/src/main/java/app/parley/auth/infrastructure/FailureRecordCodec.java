package app.parley.auth.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.auth.throttling.FailureRecord;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Login failure records as item attributes. */
public final class FailureRecordCodec implements DynamoThrottleStore.StateCodec<FailureRecord> {
    @Override
    public Map<String, AttributeValue> write(FailureRecord r) {
        return Map.of("failures", strings(r.failures().stream().map(Instant::toString).toList()),
                "lockoutsInARow", n(r.lockoutsInARow()), "lockedUntil", s(r.lockedUntil().toString()),
                "lastFailureAt", s(r.lastFailureAt().toString()));
    }

    @Override
    public FailureRecord read(Map<String, AttributeValue> i) {
        return new FailureRecord(strings(i, "failures").stream().map(Instant::parse).toList(), (int) num(i, "lockoutsInARow"),
                instant(i, "lockedUntil"), instant(i, "lastFailureAt"));
    }
}
