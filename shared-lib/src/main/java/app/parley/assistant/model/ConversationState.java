package app.parley.assistant.model;

import java.util.List;

/**
 * What the assistant remembers between turns; serialisable to JSON.
 *
 * @param language          the language of the conversation so far; null before the first turn
 * @param pendingItems      items the customer wants but whose order request is not passed on yet
 * @param orderRequested    an order request was passed to staff and awaits their review
 * @param declinedPressure  how often a discount or confirmation demand was declined
 * @param lastServiceIds    services the customer last asked about, for "how much is it?"
 */
public record ConversationState(
        Language language,
        CustomerDetails details,
        List<DraftItem> pendingItems,
        boolean orderRequested,
        int declinedPressure,
        List<String> lastServiceIds) {

    public ConversationState {
        details = details == null ? CustomerDetails.NONE : details;
        pendingItems = pendingItems == null ? List.of() : List.copyOf(pendingItems);
        lastServiceIds = lastServiceIds == null ? List.of() : List.copyOf(lastServiceIds);
    }

    public static ConversationState fresh() {
        return new ConversationState(null, CustomerDetails.NONE, List.of(), false, 0, List.of());
    }

    public ConversationState withLanguage(Language value) {
        return new ConversationState(value, details, pendingItems, orderRequested, declinedPressure, lastServiceIds);
    }

    public ConversationState withDetails(CustomerDetails value) {
        return new ConversationState(language, value, pendingItems, orderRequested, declinedPressure, lastServiceIds);
    }

    public ConversationState withPendingItems(List<DraftItem> value) {
        return new ConversationState(language, details, value, orderRequested, declinedPressure, lastServiceIds);
    }

    public ConversationState withOrderRequested(boolean value) {
        return new ConversationState(language, details, pendingItems, value, declinedPressure, lastServiceIds);
    }

    public ConversationState withOneMoreDeclinedPressure() {
        return new ConversationState(language, details, pendingItems, orderRequested, declinedPressure + 1, lastServiceIds);
    }

    public ConversationState withLastServiceIds(List<String> value) {
        return new ConversationState(language, details, pendingItems, orderRequested, declinedPressure, value);
    }
}
