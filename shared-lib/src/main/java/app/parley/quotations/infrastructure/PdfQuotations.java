package app.parley.quotations.infrastructure;

import app.parley.common.infrastructure.OnePagePdf;
import app.parley.common.model.Money;
import app.parley.orders.model.OrderLine;
import app.parley.quotations.application.QuotationDocuments;
import app.parley.quotations.model.Quotation;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A one-page A4 quotation ({@link OnePagePdf}); lines and total come from the stored quotation. */
public final class PdfQuotations implements QuotationDocuments {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int MAX_LINES = 30;

    @Override
    public byte[] pdf(Quotation quotation, String businessName) {
        return OnePagePdf.render("quotation", text -> write(text, quotation, businessName));
    }

    private static void write(OnePagePdf.Text text, Quotation q, String businessName) throws IOException {
        text.bold(18, businessName + " - Quotation " + q.reference());
        text.regular(11, "For: " + (q.customerName() == null ? "" : q.customerName() + " ") + "+" + q.customerPhone().replace("+", ""));
        text.regular(11, "Date: " + DAY.format(q.approvedAt() != null ? q.approvedAt() : q.editedAt()) + "    Version: " + q.version());
        text.gap();
        text.bold(11, "Service  |  Quantity  |  Unit price  |  Amount");
        int shown = 0;
        for (OrderLine l : q.lines()) {
            if (shown++ == MAX_LINES) {
                text.regular(11, "... and " + (q.lines().size() - MAX_LINES) + " more lines");
                break;
            }
            text.regular(11, l.name() + "  |  " + l.quantity() + "  |  " + amount(l.unitPrice()) + "  |  " + amount(l.total()));
        }
        text.gap();
        text.bold(13, "Total: " + amount(q.total()));
        if (q.notes() != null && !q.notes().isBlank()) text.regular(10, "Notes: " + q.notes().replaceAll("\\s+", " "));
        text.regular(9, "Prices are the business's catalog prices. Reply ACCEPT or DECLINE on WhatsApp to answer this quotation.");
    }

    private static String amount(Money money) {
        return money.currency().getCurrencyCode() + " " + money.toDecimalString();
    }
}
