package app.parley.billing.infrastructure;

import app.parley.billing.application.InvoiceDocuments;
import app.parley.billing.model.Invoice;
import app.parley.billing.model.InvoiceLine;
import app.parley.common.infrastructure.OnePagePdf;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One-page A4 invoice ({@link OnePagePdf}), rendered on request from the stored invoice, so the
 * document always matches the record.
 */
public final class PdfInvoices implements InvoiceDocuments {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @Override
    public byte[] pdf(Invoice invoice, String tenantName) {
        return OnePagePdf.render("invoice", text -> write(text, invoice, tenantName));
    }

    private static void write(OnePagePdf.Text text, Invoice invoice, String tenantName) throws IOException {
        text.bold(18, "Parley invoice " + invoice.number().text());
        text.regular(11, "Billed to: " + tenantName);
        text.regular(11, "Period: " + invoice.period() + "    Issued: " + DAY.format(invoice.issuedAt())
                + "    Status: " + invoice.status());
        text.gap();
        text.bold(11, "Description  |  Quantity  |  Unit price  |  Amount");
        for (InvoiceLine line : invoice.lines()) {
            text.regular(11, line.description() + "  |  " + line.quantity().toPlainString() + "  |  "
                    + line.unitPrice().toPlainString() + "  |  " + line.amount().toDecimalString());
        }
        text.gap();
        text.bold(13, "Total: " + invoice.total().currency().getCurrencyCode() + " " + invoice.total().toDecimalString());
        text.regular(9, "Each line is rounded half-even to the currency's minor unit; the total is the sum of the lines.");
    }
}
