package app.parley.messaging.application;

import app.parley.messaging.model.StatusReport;
import app.parley.tenancy.application.PhoneNumberRoutes;
import app.parley.tenancy.model.TenantId;
import app.parley.whatsapp.cloud.CloudWebhookParser;
import app.parley.whatsapp.cloud.NumberUpdates;
import app.parley.whatsapp.cloud.WebhookParse;
import app.parley.whatsapp.cloud.WebhookSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook's work on the acknowledgement path: verify the signature over the raw bytes,
 * parse, route each number to its tenant, and queue customers' messages on inbound.fifo and Meta's statuses on the
 * status queue (settled apart, so receipts never hold up a customer's next message in its FIFO group).
 * Nothing is written to the database here; the answer is "queued" only once SQS took it all.
 */
public final class ReceivingWebhooks {
    private static final Logger LOG = LoggerFactory.getLogger(ReceivingWebhooks.class);
    private final String appSecret;
    private final CloudWebhookParser parser;
    private final PhoneNumberRoutes routes;
    private final EnvelopeQueue inbound;
    private final EnvelopeQueue statusQueue;

    public ReceivingWebhooks(String appSecret, CloudWebhookParser parser, PhoneNumberRoutes routes, EnvelopeQueue inbound,
                             EnvelopeQueue statusQueue) {
        this.appSecret = appSecret;
        this.parser = parser;
        this.routes = routes;
        this.inbound = inbound;
        this.statusQueue = statusQueue;
    }

    public WebhookReceipt receive(byte[] rawBody, String signatureHeader) {
        if (!WebhookSignature.verify(rawBody, signatureHeader, appSecret)) return new WebhookReceipt.BadSignature();
        return switch (parser.parse(rawBody)) {
            case WebhookParse.Rejected rejected -> new WebhookReceipt.Unreadable(rejected.reason());
            case WebhookParse.Parsed parsed -> queue(parsed.numbers());
        };
    }

    private WebhookReceipt queue(List<NumberUpdates> numbers) {
        List<Envelope> messages = new ArrayList<>(), statuses = new ArrayList<>();
        int dropped = 0;
        for (NumberUpdates number : numbers) {
            Optional<TenantId> tenant = routes.tenantFor(number.phoneNumberId());
            if (tenant.isEmpty()) {
                dropped += number.messages().size() + number.statuses().size();
                LOG.warn("webhook for unknown phone_number_id {} dropped", number.phoneNumberId());
                continue;
            }
            number.messages().forEach(m -> messages.add(Envelope.of(m.toEnvelope(tenant.get()))));
            number.statuses().forEach(s -> statuses.add(Envelope.of(new StatusReport(tenant.get(), number.phoneNumberId(), s))));
        }
        if (!queued(inbound, messages) || !queued(statusQueue, statuses)) return new WebhookReceipt.NotQueued();
        return new WebhookReceipt.Queued(messages.size(), statuses.size(), dropped);
    }

    private static boolean queued(EnvelopeQueue queue, List<Envelope> envelopes) {
        return envelopes.isEmpty() || queue.sendAll(envelopes);
    }
}
