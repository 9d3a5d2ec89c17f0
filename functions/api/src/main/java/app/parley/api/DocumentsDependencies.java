package app.parley.api;

import app.parley.api.http.Limits;
import app.parley.auth.tokens.AccessTokenSettings;
import app.parley.auth.tokens.SigningKeys;
import app.parley.billing.application.InvoiceDocuments;
import app.parley.billing.infrastructure.BillingCore;
import app.parley.media.application.MediaStore;
import app.parley.messaging.application.OutboundQueue;
import app.parley.persistence.Tables;
import app.parley.quotations.application.QuotationDocuments;
import java.time.Clock;

/**
 * What the documents function needs: the admin API's tables, token keys and limits, billing over the tables, and the
 * ports the admin API function does not carry: the invoice and quotation renderers (PDFBox), where quotation PDFs are
 * kept ({@code media}) and the outbound queue that sends them.
 */
public record DocumentsDependencies(Tables tables, SigningKeys signingKeys, AccessTokenSettings tokenSettings, Limits limits, Clock clock,
                                    BillingCore billing, InvoiceDocuments invoiceDocuments,
                                    QuotationDocuments quotationDocuments, MediaStore media, OutboundQueue outbound) {}
