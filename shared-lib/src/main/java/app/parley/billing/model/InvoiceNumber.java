package app.parley.billing.model;

/** A platform-wide, gap-free invoice number: 1, 2, 3 ... shown as {@code INV-000001}. */
public record InvoiceNumber(long sequence) {
    public InvoiceNumber {
        if (sequence < 1) throw new IllegalArgumentException("invoice sequence starts at 1");
    }

    public String text() { return String.format("INV-%06d", sequence); }

    public static InvoiceNumber parse(String text) {
        if (text == null || !text.matches("INV-\\d{6,18}")) throw new IllegalArgumentException("not an invoice number");
        return new InvoiceNumber(Long.parseLong(text.substring(4)));
    }

    @Override public String toString() { return text(); }
}
