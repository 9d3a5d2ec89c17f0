package app.parley.quotations.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.catalog.model.ServiceId;
import app.parley.common.model.Money;
import app.parley.orders.model.OrderLine;
import app.parley.quotations.model.Quotation;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfQuotationsTest {
    @Test
    void the_pdf_shows_the_reference_every_line_at_its_catalog_price_and_the_total() throws Exception {
        Quotation q = Quotation.draft(TenantId.newId(), "cus_01J00000000000000000000000", "15550001111", "Dana",
                List.of(new OrderLine(ServiceId.newId(), "Orchid in ceramic pot", Money.of("72.50", "USD"), 3)), "Valid 30 days",
                "usr_a", Instant.parse("2026-03-01T10:00:00Z")).revised(
                List.of(new OrderLine(ServiceId.newId(), "Orchid in ceramic pot", Money.of("72.50", "USD"), 2)), "Valid 30 days",
                "usr_a", Instant.parse("2026-03-02T10:00:00Z"));

        byte[] pdf = new PdfQuotations().pdf(q, "Bloom & Stem");

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bloom & Stem").contains(q.reference()).contains("Version: 2")
                    .contains("Orchid in ceramic pot  |  2  |  USD 72.50  |  USD 145.00").contains("Total: USD 145.00");
        }
    }
}
