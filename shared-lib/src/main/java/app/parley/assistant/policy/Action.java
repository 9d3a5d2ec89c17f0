package app.parley.assistant.policy;

import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.DetailField;
import app.parley.assistant.model.Faq;
import app.parley.assistant.model.HandOverReason;
import app.parley.assistant.model.OrderDraft;
import java.util.List;
import java.util.Set;

/** The one thing the assistant does with a message. Facts in it come from the catalog, never from text. */
public sealed interface Action {
    record Greet() implements Action {}

    /** @param alsoAskedUnknown the customer also asked about something the tenant does not sell */
    record QuotePrices(List<CatalogService> services, boolean alsoAskedUnknown) implements Action {}

    /** @param askWhich the customer wants to order but did not say what */
    record ListCatalog(boolean askWhich) implements Action {}

    record AnswerFaq(Faq faq) implements Action {}

    record AskDetails(List<CatalogService> items, Set<DetailField> missing) implements Action {}

    record RequestOrder(OrderDraft draft) implements Action {}

    /** @param services whose real prices are restated; empty when prices may not be quoted */
    record DeclineDiscount(List<CatalogService> services) implements Action {}

    /** A demand to confirm: a person reviews requests, the assistant confirms nothing. */
    record AwaitReview() implements Action {}

    /** @param listOffer whether the catalog may be listed instead */
    record DeclineUnknownService(boolean listOffer) implements Action {}

    record RedirectOffTopic() implements Action {}

    /** @param silent send nothing at all (the tenant switched its assistant off) */
    record HandOver(HandOverReason reason, boolean silent) implements Action {}
}
