package app.parley.assistant.policy;

import app.parley.assistant.model.ConversationState;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What to do, the state after doing it, and when staff are next in if they are out now.
 *
 * @param answersConfirmationDemand the customer demanded a confirmation, so the reply must not open with yes
 */
public record Decision(Action action, ConversationState newState, Optional<ZonedDateTime> staffBackAt,
                       boolean answersConfirmationDemand) {}
