package app.parley.billing.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageEventJsonTest {
    @Test
    void round_trips_an_ai_token_event_and_a_message_event() {
        TenantId t = TenantId.newId();
        UsageEvent ai = new UsageEvent("msg_1#ai#out", t, UsageKind.AI_OUTPUT_TOKENS, 512,
                Instant.parse("2025-03-31T23:59:59Z"), "openai", "gpt-4o-mini");
        UsageEvent in = new UsageEvent("wamid.ABC#in", t, UsageKind.MESSAGE_IN, 1, Instant.parse("2025-04-01T00:00:00Z"), null, null);
        assertThat(UsageEventJson.read(UsageEventJson.write(ai))).isEqualTo(new UsageEventJson.Parse.Parsed(ai));
        assertThat(UsageEventJson.read(UsageEventJson.write(in))).isEqualTo(new UsageEventJson.Parse.Parsed(in));
        assertThat(ai.period()).isEqualTo("2025-03");
        assertThat(in.period()).isEqualTo("2025-04");
        assertThat(ai.counter().key()).isEqualTo("AI_OUTPUT_TOKENS|openai|gpt-4o-mini");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "not json",
            "{\"eventId\":\"e\",\"tenantId\":\"nope\",\"kind\":\"MESSAGE_IN\",\"quantity\":1,\"occurredAt\":\"2025-03-01T00:00:00Z\"}",
            "{\"eventId\":\"e\",\"tenantId\":\"t_01JABCDEFGHJKMNPQRSTVWXYZ0\",\"kind\":\"MESSAGE_IN\",\"quantity\":1.5,\"occurredAt\":\"2025-03-01T00:00:00Z\"}",
            "{\"eventId\":\"e\",\"tenantId\":\"t_01JABCDEFGHJKMNPQRSTVWXYZ0\",\"kind\":\"AI_INPUT_TOKENS\",\"quantity\":3,\"occurredAt\":\"2025-03-01T00:00:00Z\"}",
            "{\"eventId\":\"e\",\"tenantId\":\"t_01JABCDEFGHJKMNPQRSTVWXYZ0\",\"kind\":\"MESSAGE_IN\",\"quantity\":-1,\"occurredAt\":\"2025-03-01T00:00:00Z\"}"})
    void refuses_what_is_not_a_usage_event(String body) {
        assertThat(UsageEventJson.read(body)).isInstanceOf(UsageEventJson.Parse.Invalid.class);
    }
}
