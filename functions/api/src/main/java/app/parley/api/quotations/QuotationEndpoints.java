package app.parley.api.quotations;

import static app.parley.auth.access.Permission.QUOTATIONS_APPROVE;
import static app.parley.auth.access.Permission.QUOTATIONS_DRAFT;
import static app.parley.auth.access.Permission.QUOTATIONS_READ;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.orders.CatalogLines;
import app.parley.api.quotations.QuotationBodies.*;
import app.parley.catalog.application.Services;
import app.parley.crm.application.Customers;
import app.parley.crm.model.Customer;
import app.parley.crm.model.CustomerId;
import app.parley.quotations.application.Quotations;
import app.parley.quotations.model.Quotation;
import app.parley.quotations.model.QuotationId;
import app.parley.quotations.model.QuotationStatus;
import java.time.Clock;
import java.util.List;

/**
 * Quotations: staff draft them from catalog lines (prices from the catalog, never typed), every edit is a new
 * version, a manager approves, staff send the approved version as a PDF on WhatsApp, the customer's reply
 * accepts or declines it (recorded by the pipeline). Each step is audited. Sending and the PDF are
 * {@link QuotationDocumentEndpoints} (the documents function, which carries PDFBox).
 */
public final class QuotationEndpoints {
    private final Quotations quotations;
    private final Services services;
    private final Customers customers;
    private final Auditor audit;
    private final Clock clock;

    public QuotationEndpoints(Quotations quotations, Services services, Customers customers, Auditor audit, Clock clock) {
        this.quotations = quotations;
        this.services = services;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() {
        String lines = "\"items\":[{\"serviceId\":\"svc_01J00000000000000000000000\",\"quantity\":2}],\"notes\":\"Valid for 30 days\"";
        return List.of(
                Operation.get("/api/quotations").tag("quotations").requires(QUOTATIONS_READ).summary("Quotations, newest first")
                        .paged().returnsList(QuotationView.class)
                        .handle(c -> Reply.ok(Listing.of(c.page((limit, cursor) -> quotations.page(c.tenant(), limit, cursor)), QuotationView::of))),
                Operation.post("/api/quotations").tag("quotations").requires(QUOTATIONS_DRAFT)
                        .summary("Draft a quotation for a customer from catalog services (prices from the catalog)")
                        .accepts(QuotationDraft.class, "{\"customerId\":\"cus_01J00000000000000000000000\"," + lines + "}")
                        .returns(QuotationView.class).status(201).handle(this::draft),
                Operation.get("/api/quotations/{quotationId}").tag("quotations").requires(QUOTATIONS_READ)
                        .summary("One quotation with every version").returns(QuotationDetail.class).handle(this::detail),
                Operation.put("/api/quotations/{quotationId}").tag("quotations").requires(QUOTATIONS_DRAFT)
                        .summary("Edit a quotation: a new version, to be approved again").accepts(QuotationEdit.class, "{" + lines + "}")
                        .returns(QuotationView.class).handle(this::edit),
                Operation.post("/api/quotations/{quotationId}/approve").tag("quotations").requires(QUOTATIONS_APPROVE)
                        .summary("Approve the current version of a draft quotation").returns(QuotationView.class).handle(this::approve));
    }

    private Reply draft(Call call) {
        QuotationDraft body = call.body(QuotationDraft.class);
        Customer customer = customer(call, body.customerId());
        Quotation q = Quotation.draft(call.tenant(), customer.id().value(), customer.phone(), customer.name(),
                CatalogLines.of(services, call.tenant(), body.items()), body.notes(), call.actor(), clock.instant());
        quotations.create(q);
        audit.record(call, "QUOTATION_DRAFTED", null, QuotationView.of(q));
        return Reply.created(QuotationView.of(q));
    }

    private Reply detail(Call call) {
        Quotation q = existing(call);
        return Reply.ok(new QuotationDetail(QuotationView.of(q),
                quotations.versions(call.tenant(), q.id()).stream().map(QuotationView::of).toList()));
    }

    private Reply edit(Call call) {
        Quotation before = existing(call);
        QuotationEdit body = call.body(QuotationEdit.class);
        if (before.status().isAnswered()) throw ApiProblem.conflict("answered", "The customer answered this quotation already: draft a new one.");
        Quotation next = before.revised(CatalogLines.of(services, call.tenant(), body.items()), body.notes(), call.actor(), clock.instant());
        return saved(call, "QUOTATION_REVISED", before, next);
    }

    private Reply approve(Call call) {
        Quotation before = existing(call);
        if (before.status() != QuotationStatus.DRAFT) throw ApiProblem.conflict("not_draft", "The quotation is " + before.status() + ".");
        return saved(call, "QUOTATION_APPROVED", before, before.approved(call.actor(), clock.instant()));
    }

    private Reply saved(Call call, String action, Quotation before, Quotation next) {
        if (!quotations.save(next)) throw ApiProblem.conflict("concurrent_change", "The quotation changed meanwhile; reload it.");
        audit.record(call, action, QuotationView.of(before), QuotationView.of(next));
        return Reply.ok(QuotationView.of(next));
    }

    private Customer customer(Call call, String id) {
        try {
            return customers.find(call.tenant(), new CustomerId(id))
                    .orElseThrow(() -> ApiProblem.invalid("customerId", "is not a customer of this business."));
        } catch (IllegalArgumentException notAnId) {
            throw ApiProblem.invalid("customerId", "is not a customer id.");
        }
    }

    private Quotation existing(Call call) { return existing(quotations, call); }

    /** The caller's own quotation; another tenant's id is simply not found. */
    static Quotation existing(Quotations quotations, Call call) {
        return quotations.find(call.tenant(), call.id("quotationId", QuotationId::new)).orElseThrow(ApiProblem::notFound);
    }
}
