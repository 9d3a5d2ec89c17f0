package app.parley.assistant.understanding;

import app.parley.assistant.model.Faq;

/** The tenant FAQ that answers the message, and the share of its question the message covers. */
public record FaqMatch(Faq faq, double score) {}
