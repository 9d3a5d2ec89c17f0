package app.parley.assistant.understanding;

/** What the customer wants from this message. */
public enum Intent {
    GREETING,
    PRICE_QUESTION,
    CATALOG_LISTING,
    FAQ,
    ORDER,
    GIVING_DETAILS,
    COMPLAINT,
    HUMAN_REQUEST,
    DISCOUNT_PRESSURE,
    CONFIRMATION_PRESSURE,
    UNKNOWN_SERVICE,
    OFF_TOPIC,
    ABUSE,
    PROMPT_INJECTION,
    UNCLEAR
}
