package app.parley.assistant.understanding;

/** Cues found in a customer message, before they are weighed into one intent. */
public enum Signal {
    GREETING, PRICE, LISTING, ORDER, COMPLAINT, HUMAN, DISCOUNT, CONFIRM_DEMAND, INJECTION, ABUSE, OFF_TOPIC,
    OFFER_QUESTION, PROPOSED_PRICE, PERCENTAGE
}
