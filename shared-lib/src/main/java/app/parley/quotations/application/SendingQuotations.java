package app.parley.quotations.application;

import app.parley.common.model.Ids;
import app.parley.conversation.application.CustomerConversations;
import app.parley.conversation.application.OutboundLedger;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.Direction;
import app.parley.conversation.model.Message;
import app.parley.conversation.model.MessageId;
import app.parley.conversation.model.MessageType;
import app.parley.media.application.MediaStore;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.messaging.application.OutboundQueue;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.MediaSource;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.quotations.model.Quotation;
import app.parley.quotations.model.QuotationId;
import app.parley.quotations.model.QuotationStatus;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends an approved quotation to the customer as a WhatsApp document: the PDF is rendered from the stored
 * quotation, kept (sealed) in the media store, and one document message per quotation version is recorded and
 * queued on outbound.fifo, where the sender uploads it to the channel. Sending the same version again (a retry)
 * queues the same message id, which is sent at most once.
 */
public final class SendingQuotations {
    public static final String PDF = "application/pdf";

    public record Ports(Quotations quotations, QuotationDocuments documents, MediaStore media, Tenants tenants,
                        CustomerConversations conversations, OutboundLedger ledger, OutboundQueue outbound) {}

    public sealed interface Outcome {
        record Sent(Quotation quotation, String messageId) implements Outcome {}
        record NotFound() implements Outcome {}
        record NotApproved(QuotationStatus status) implements Outcome {}
        record Changed() implements Outcome {}
    }

    private final Ports p;

    public SendingQuotations(Ports ports) {
        this.p = ports;
    }

    public Outcome send(TenantId tenant, QuotationId id, Instant at) {
        Optional<Quotation> found = p.quotations().find(tenant, id);
        if (found.isEmpty()) return new Outcome.NotFound();
        Quotation q = found.get();
        if (q.status() != QuotationStatus.APPROVED && q.status() != QuotationStatus.SENT) return new Outcome.NotApproved(q.status());
        String key = "quotation#" + q.id().value() + "#v" + q.version();
        MediaReference document = MediaReference.forMessage(tenant, key);
        if (q.status() == QuotationStatus.APPROVED) {
            p.media().put(document, new MediaContent(p.documents().pdf(q, businessName(tenant)), PDF));
            Quotation sent = q.sent(document.value(), at);
            if (!p.quotations().save(sent)) return new Outcome.Changed();
            q = sent;
        }
        return new Outcome.Sent(q, queue(q, key, document, at));
    }

    private String queue(Quotation q, String key, MediaReference document, Instant at) {
        String waId = q.customerPhone().replace("+", "");
        Conversation conversation = p.conversations().continueFor(q.tenant(), waId, q.customerName(), at);
        String caption = "Quotation " + q.reference() + ": total " + q.total().currency().getCurrencyCode() + " "
                + q.total().toDecimalString() + ". Reply ACCEPT or DECLINE to answer it.";
        String filename = "quotation-" + q.reference() + ".pdf";
        var id = new MessageId(Ids.derived(MessageId.PREFIX, q.tenant().value() + "#" + key, q.sentAt()));
        var message = new OutboundMessage(id.value(), q.tenant(), conversation.id().value(), new Customer(waId, q.customerName()), null,
                MessageOrigin.AGENT, new OutboundContent.Document(new MediaSource.Stored(document.value(), PDF), caption, filename));
        var history = new Message(q.tenant(), conversation.id(), id, Direction.OUTBOUND, null, MessageType.DOCUMENT, caption,
                document.value(), q.sentAt(), at);
        OutboundMessage recorded = p.ledger().recordReply(key, message, history);
        p.outbound().enqueue(recorded);
        return recorded.id();
    }

    private String businessName(TenantId tenant) {
        return p.tenants().find(tenant).map(t -> t.name()).orElse("");
    }
}
