package app.parley.quotations.infrastructure;

import app.parley.common.model.Money;
import app.parley.orders.model.OrderLine;
import app.parley.quotations.application.QuotationDocuments;
import app.parley.quotations.model.Quotation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page A4 quotation with Apache PDFBox and the standard Helvetica fonts, as the billing invoices are made:
 * nothing embedded or fetched; characters WinAnsi lacks print as '?'. Lines and total come from the stored quotation.
 */
public final class PdfQuotations implements QuotationDocuments {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final float LEFT = 50;
    private static final float LEADING = 16;
    private static final int MAX_LINES = 30;

    @Override
    public byte[] pdf(Quotation quotation, String businessName) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, quotation, businessName, page.getMediaBox().getHeight() - 60);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("quotation PDF", e);
        }
    }

    private static void write(PDPageContentStream out, Quotation q, String businessName, float top) throws IOException {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float y = top;
        y = line(out, bold, 18, y, businessName + " - Quotation " + q.reference());
        y = line(out, regular, 11, y, "For: " + (q.customerName() == null ? "" : q.customerName() + " ") + "+" + q.customerPhone().replace("+", ""));
        y = line(out, regular, 11, y, "Date: " + DAY.format(q.approvedAt() != null ? q.approvedAt() : q.editedAt()) + "    Version: " + q.version());
        y -= LEADING;
        y = line(out, bold, 11, y, "Service  |  Quantity  |  Unit price  |  Amount");
        int shown = 0;
        for (OrderLine l : q.lines()) {
            if (shown++ == MAX_LINES) {
                y = line(out, regular, 11, y, "... and " + (q.lines().size() - MAX_LINES) + " more lines");
                break;
            }
            y = line(out, regular, 11, y, l.name() + "  |  " + l.quantity() + "  |  " + amount(l.unitPrice()) + "  |  " + amount(l.total()));
        }
        y -= LEADING;
        y = line(out, bold, 13, y, "Total: " + amount(q.total()));
        if (q.notes() != null && !q.notes().isBlank()) y = line(out, regular, 10, y, "Notes: " + q.notes().replaceAll("\\s+", " "));
        line(out, regular, 9, y, "Prices are the business's catalog prices. Reply ACCEPT or DECLINE on WhatsApp to answer this quotation.");
    }

    private static float line(PDPageContentStream out, PDType1Font font, float size, float y, String value) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(LEFT, y);
        out.showText(printable(font, value.length() > 110 ? value.substring(0, 107) + "..." : value));
        out.endText();
        return y - LEADING - (size > 12 ? 6 : 0);
    }

    private static String amount(Money money) {
        return money.currency().getCurrencyCode() + " " + money.toDecimalString();
    }

    private static String printable(PDType1Font font, String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> b.append(encodable(font, Character.toString(c)) ? Character.toString(c) : "?"));
        return b.toString();
    }

    private static boolean encodable(PDType1Font font, String character) {
        try {
            font.getStringWidth(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
