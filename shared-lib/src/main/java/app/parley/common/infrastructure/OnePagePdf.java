package app.parley.common.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page A4 document of text lines with Apache PDFBox and the standard Helvetica fonts
 * (nothing embedded, nothing fetched); characters WinAnsi lacks print as '?'. Invoices and
 * quotations are written with it.
 */
public final class OnePagePdf {
    private static final float LEFT = 50;
    private static final float LEADING = 16;
    private static final int MAX_CHARACTERS = 110;

    /** What a document writes, line by line. */
    @FunctionalInterface
    public interface Content {
        void write(Text text) throws IOException;
    }

    private OnePagePdf() {}

    public static byte[] render(String what, Content content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                content.write(new Text(out, page.getMediaBox().getHeight() - 60));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " PDF", e);
        }
    }

    /** Lines of text going down the page; a line too long for the page is cut with "...". */
    public static final class Text {
        private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDPageContentStream out;
        private float y;

        private Text(PDPageContentStream out, float top) {
            this.out = out;
            this.y = top;
        }

        public void bold(float size, String value) throws IOException { line(BOLD, size, value); }

        public void regular(float size, String value) throws IOException { line(REGULAR, size, value); }

        public void gap() { y -= LEADING; }

        private void line(PDType1Font font, float size, String value) throws IOException {
            String shown = value.length() > MAX_CHARACTERS ? value.substring(0, MAX_CHARACTERS - 3) + "..." : value;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(LEFT, y);
            out.showText(printable(font, shown));
            out.endText();
            y -= LEADING + (size > 12 ? 6 : 0);
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
}
