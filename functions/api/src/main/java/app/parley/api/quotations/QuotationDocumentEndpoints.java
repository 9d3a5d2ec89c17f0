package app.parley.api.quotations;

import static app.parley.auth.access.Permission.QUOTATIONS_DRAFT;
import static app.parley.auth.access.Permission.QUOTATIONS_READ;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.http.ServedElsewhere;
import app.parley.api.quotations.QuotationBodies.QuotationSent;
import app.parley.api.quotations.QuotationBodies.QuotationView;
import app.parley.quotations.application.QuotationDocuments;
import app.parley.quotations.application.Quotations;
import app.parley.quotations.application.SendingQuotations;
import app.parley.quotations.model.Quotation;
import app.parley.tenancy.application.Tenants;
import java.time.Clock;
import java.util.List;

/**
 * A quotation as a PDF document: downloaded, or sent to the customer on WhatsApp. Served by the documents function,
 * which carries PDFBox; the admin API function only describes these in its document ({@link #described()}).
 */
public final class QuotationDocumentEndpoints {
    private final Quotations quotations;
    private final SendingQuotations sending;
    private final QuotationDocuments documents;
    private final Tenants tenants;
    private final Auditor audit;
    private final Clock clock;

    public QuotationDocumentEndpoints(Quotations quotations, SendingQuotations sending, QuotationDocuments documents, Tenants tenants,
                                      Auditor audit, Clock clock) {
        this.quotations = quotations;
        this.sending = sending;
        this.documents = documents;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() { return declared(this::send, this::pdf); }

    /** The same operations for the API document of a function that does not serve them. */
    public static List<Operation> described() { return declared(ServedElsewhere.ACTION, ServedElsewhere.ACTION); }

    private static List<Operation> declared(Operation.Action send, Operation.Action pdf) {
        return List.of(
                Operation.post("/api/quotations/{quotationId}/send").tag("quotations").requires(QUOTATIONS_DRAFT)
                        .summary("Send the approved quotation to the customer as a PDF document on WhatsApp")
                        .returns(QuotationSent.class).status(202).handle(send),
                Operation.get("/api/quotations/{quotationId}/pdf").tag("quotations").requires(QUOTATIONS_READ)
                        .summary("The quotation's current version as a PDF document").returnsFile("application/pdf").handle(pdf));
    }

    private Reply send(Call call) {
        Quotation before = QuotationEndpoints.existing(quotations, call);
        return switch (sending.send(call.tenant(), before.id(), clock.instant())) {
            case SendingQuotations.Outcome.Sent sent -> {
                audit.record(call, "QUOTATION_SENT", QuotationView.of(before), QuotationView.of(sent.quotation()));
                yield Reply.accepted(new QuotationSent(QuotationView.of(sent.quotation()), sent.messageId()));
            }
            case SendingQuotations.Outcome.NotApproved n ->
                    throw ApiProblem.conflict("not_approved", "Only an approved quotation is sent; this one is " + n.status() + ".");
            case SendingQuotations.Outcome.Changed c -> throw ApiProblem.conflict("concurrent_change", "The quotation changed meanwhile; reload it.");
            case SendingQuotations.Outcome.NotFound n -> throw ApiProblem.notFound();
        };
    }

    private Reply pdf(Call call) {
        Quotation q = QuotationEndpoints.existing(quotations, call);
        String business = tenants.find(call.tenant()).map(t -> t.name()).orElse("");
        return Reply.file("application/pdf", "quotation-" + q.reference() + ".pdf", documents.pdf(q, business));
    }
}
