package app.parley.quotations.application;

import app.parley.quotations.model.Quotation;

/** Renders a quotation as a PDF for the customer. */
public interface QuotationDocuments {
    byte[] pdf(Quotation quotation, String businessName);
}
