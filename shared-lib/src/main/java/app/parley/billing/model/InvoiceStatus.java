package app.parley.billing.model;

public enum InvoiceStatus { ISSUED, PAID }
