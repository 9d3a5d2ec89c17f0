package app.parley.reviews.application;

import app.parley.common.model.Ids;
import app.parley.messaging.application.OutboundQueue;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.reviews.model.ReviewRequest;

/**
 * After a resolved ticket or a completed order, asks the customer over WhatsApp (the outbound queue, like
 * every automatic message) for a 1–5 rating and a comment. Each subject is asked about once.
 */
public final class AskingForReviews {
    static final String QUESTION = "How did we do? Please reply with a rating from 1 (poor) to 5 (excellent), "
            + "and a comment if you like.";
    private final Reviews reviews;
    private final OutboundQueue outbound;

    public AskingForReviews(Reviews reviews, OutboundQueue outbound) {
        this.reviews = reviews;
        this.outbound = outbound;
    }

    /** True when the customer was asked now; false when this subject had been asked about already. */
    public boolean ask(ReviewRequest request) {
        if (!reviews.ask(request)) return false;
        var message = new OutboundMessage(Ids.next("out"), request.tenant(), request.conversationId(),
                new Customer(request.customerPhone(), null), null, MessageOrigin.SYSTEM, new OutboundContent.Text(QUESTION));
        outbound.enqueue(message);
        return true;
    }
}
