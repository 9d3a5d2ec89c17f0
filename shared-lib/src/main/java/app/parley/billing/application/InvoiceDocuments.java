package app.parley.billing.application;

import app.parley.billing.model.Invoice;

/** Renders an invoice as a PDF document. */
public interface InvoiceDocuments {
    byte[] pdf(Invoice invoice, String tenantName);
}
