package app.parley.quotations.application;

import app.parley.audit.application.AuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.quotations.model.CustomerAnswers;
import app.parley.quotations.model.Quotation;
import app.parley.quotations.model.QuotationStatus;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.util.Optional;

/**
 * Records a customer's answer to the quotation they were sent, when their reply reads as one ("accept",
 * "decline"...). It records the outcome only: no order is confirmed, staff take it from there.
 */
public final class AnsweringQuotations {
    public record Answered(Quotation quotation) {}

    private final Quotations quotations;
    private final AuditEvents audit;
    private final Clock clock;

    public AnsweringQuotations(Quotations quotations, AuditEvents audit, Clock clock) {
        this.quotations = quotations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Empty when the customer has no quotation waiting or the text is not an answer. */
    public Optional<Answered> answer(TenantId tenant, String customerId, String text) {
        Optional<QuotationStatus> answer = CustomerAnswers.read(text);
        if (answer.isEmpty()) return Optional.empty();
        Optional<Quotation> waiting = quotations.awaitingAnswer(tenant, customerId);
        if (waiting.isEmpty()) return Optional.empty();
        Quotation answered = waiting.get().answered(answer.get(), clock.instant());
        if (!quotations.save(answered)) return Optional.empty();
        audit.record(AuditEvent.of(Optional.of(tenant), "customer:" + customerId, "QUOTATION_" + answer.get().name(), null,
                "{\"quotationId\":\"" + answered.id().value() + "\",\"version\":" + answered.version() + "}", clock.instant(), "whatsapp"));
        return Optional.of(new Answered(answered));
    }
}
