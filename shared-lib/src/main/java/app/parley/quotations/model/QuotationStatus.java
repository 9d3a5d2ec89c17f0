package app.parley.quotations.model;

/** DRAFT (staff edit it) → APPROVED (a manager) → SENT (a PDF on WhatsApp) → ACCEPTED or DECLINED (the customer's reply). */
public enum QuotationStatus {
    DRAFT, APPROVED, SENT, ACCEPTED, DECLINED;

    public boolean isAnswered() { return this == ACCEPTED || this == DECLINED; }
}
