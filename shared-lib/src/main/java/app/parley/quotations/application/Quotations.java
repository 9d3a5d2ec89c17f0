package app.parley.quotations.application;

import app.parley.common.model.Page;
import app.parley.quotations.model.Quotation;
import app.parley.quotations.model.QuotationId;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Optional;

/** Quotations of a tenant, each version kept; every change is conditional on the revision read. */
public interface Quotations {
    void create(Quotation quotation);

    Optional<Quotation> find(TenantId tenant, QuotationId id);

    /** Newest first. */
    Page<Quotation> page(TenantId tenant, int limit, String cursor);

    /** Every version as it was drafted, oldest first. */
    List<Quotation> versions(TenantId tenant, QuotationId id);

    /** Stores {@code next} if the stored one is still at {@code next.revision() - 1}; false otherwise. */
    boolean save(Quotation next);

    /** The customer's quotations, newest first. */
    List<Quotation> forCustomer(TenantId tenant, String customerId, int limit);

    /** The quotation sent to this customer that waits for their answer, if one does. */
    Optional<Quotation> awaitingAnswer(TenantId tenant, String customerId);
}
