package app.parley.billing.infrastructure;

import app.parley.billing.application.InvoiceDocuments;
import app.parley.billing.model.Invoice;
import app.parley.billing.model.InvoiceLine;
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
 * One-page A4 invoice with Apache PDFBox and the standard Helvetica fonts (nothing embedded,
 * nothing fetched). Characters Helvetica's WinAnsi encoding lacks are printed as '?'.
 * Rendered on request from the stored invoice, so the document always matches the record.
 */
public final class PdfInvoices implements InvoiceDocuments {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final float LEFT = 50;
    private static final float LEADING = 16;

    @Override
    public byte[] pdf(Invoice invoice, String tenantName) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, invoice, tenantName, page.getMediaBox().getHeight() - 60);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("invoice PDF", e);
        }
    }

    private static void write(PDPageContentStream out, Invoice invoice, String tenantName, float top) throws IOException {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        Text text = new Text(out, top);
        text.line(bold, 18, "Parley invoice " + invoice.number().text());
        text.line(regular, 11, "Billed to: " + tenantName);
        text.line(regular, 11, "Period: " + invoice.period() + "    Issued: " + DAY.format(invoice.issuedAt())
                + "    Status: " + invoice.status());
        text.gap();
        text.line(bold, 11, "Description  |  Quantity  |  Unit price  |  Amount");
        for (InvoiceLine line : invoice.lines()) {
            text.line(regular, 11, line.description() + "  |  " + line.quantity().toPlainString() + "  |  "
                    + line.unitPrice().toPlainString() + "  |  " + line.amount().toDecimalString());
        }
        text.gap();
        text.line(bold, 13, "Total: " + invoice.total().currency().getCurrencyCode() + " " + invoice.total().toDecimalString());
        text.line(regular, 9, "Each line is rounded half-even to the currency's minor unit; the total is the sum of the lines.");
    }

    /** Lines of text going down the page. */
    private static final class Text {
        private final PDPageContentStream out;
        private float y;

        Text(PDPageContentStream out, float top) {
            this.out = out;
            this.y = top;
        }

        void line(PDType1Font font, float size, String value) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(LEFT, y);
            out.showText(printable(font, value));
            out.endText();
            y -= LEADING + (size > 12 ? 6 : 0);
        }

        void gap() { y -= LEADING; }

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
}
