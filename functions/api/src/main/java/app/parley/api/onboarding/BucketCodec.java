package app.parley.api.onboarding;

import app.parley.auth.infrastructure.DynamoThrottleStore;
import app.parley.auth.throttling.Bucket;
import app.parley.persistence.Attrs;
import java.math.BigDecimal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Token buckets as item attributes, so sign-up rates hold across every container. */
public final class BucketCodec implements DynamoThrottleStore.StateCodec<Bucket> {
    @Override
    public Map<String, AttributeValue> write(Bucket b) {
        return Map.of("tokens", Attrs.n(BigDecimal.valueOf(b.tokens())), "at", Attrs.s(b.at().toString()));
    }

    @Override
    public Bucket read(Map<String, AttributeValue> i) {
        return new Bucket(Attrs.decimal(i, "tokens").doubleValue(), Attrs.instant(i, "at"));
    }
}
