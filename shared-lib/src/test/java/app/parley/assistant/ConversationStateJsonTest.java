package app.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.model.AssistantSettings;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerMessage;
import app.parley.assistant.model.WorkingHours;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConversationStateJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_state_mid_order_survives_a_round_trip_through_json() throws Exception {
        var florist = TestCatalogs.florist();
        var settings = AssistantSettings.defaults(WorkingHours.always(ZoneId.of("America/New_York")), true);
        var assistant = new Assistant(Clock.fixed(Instant.parse("2026-03-04T15:00:00Z"), ZoneOffset.UTC));
        var state = assistant.answer(florist, settings, ConversationState.fresh(),
                new CustomerMessage("I want to order the orchid in the ceramic pot")).newState();

        var restored = json.readValue(json.writeValueAsString(state), ConversationState.class);

        assertThat(restored).isEqualTo(state);
        assertThat(restored.pendingItems()).hasSize(1);
    }
}
