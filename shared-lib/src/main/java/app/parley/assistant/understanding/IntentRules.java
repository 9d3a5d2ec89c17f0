package app.parley.assistant.understanding;

/**
 * Weighs the evidence into one intent. The order is the policy's order of caution: anything that
 * needs a person or a refusal outranks answering, so a mixed message never gets the generous reading.
 * Confidence is the cue strength (1 exact, 0.9 one typo) times how often that rule was right on
 * the evaluation cases; see CalibrationReportTest.
 */
final class IntentRules {
    private static final double CAP = 0.97;
    private static final int LONG_MESSAGE_WORDS = 80;

    private IntentRules() {}

    static Reading classify(Evidence e) {
        Reading reading = caution(e);
        if (reading == null) reading = answering(e);
        if (e.wordCount() > LONG_MESSAGE_WORDS && !isEscalation(reading.intent())) {
            reading = new Reading(reading.intent(), reading.confidence() * 0.85);
        }
        return reading;
    }

    private static Reading caution(Evidence e) {
        if (e.wordCount() == 0) return new Reading(Intent.GREETING, 0.9);
        if (e.has(Signal.ABUSE)) return cue(Intent.ABUSE, e.strength(Signal.ABUSE));
        if (e.has(Signal.HUMAN)) return cue(Intent.HUMAN_REQUEST, e.strength(Signal.HUMAN));
        if (e.has(Signal.COMPLAINT)) return cue(Intent.COMPLAINT, e.strength(Signal.COMPLAINT));
        if (e.has(Signal.DISCOUNT) || e.has(Signal.PROPOSED_PRICE) || e.has(Signal.PERCENTAGE)) {
            return cue(Intent.DISCOUNT_PRESSURE, Math.max(e.strength(Signal.DISCOUNT), 
                    e.has(Signal.PROPOSED_PRICE) || e.has(Signal.PERCENTAGE) ? 1 : 0));
        }
        if (e.has(Signal.CONFIRM_DEMAND)) return cue(Intent.CONFIRMATION_PRESSURE, e.strength(Signal.CONFIRM_DEMAND));
        if (e.unknownOffering() && e.services().isEmpty()) return new Reading(Intent.UNKNOWN_SERVICE, 0.93);
        return null;
    }

    private static Reading answering(Evidence e) {
        if (e.has(Signal.ORDER)) return ordering(e);
        if (e.inOrderFlow() && !e.details().nothingGiven()) return new Reading(Intent.GIVING_DETAILS, 0.92);
        if (e.has(Signal.PRICE)) return pricing(e);
        if (e.has(Signal.LISTING)) return cue(Intent.CATALOG_LISTING, e.strength(Signal.LISTING));
        if (e.faq().isPresent()) return new Reading(Intent.FAQ, faqConfidence(e));
        if (!e.services().isEmpty()) return new Reading(Intent.PRICE_QUESTION, serviceConfidence(e) * 0.97);
        if (e.has(Signal.OFF_TOPIC)) return new Reading(Intent.OFF_TOPIC, 0.9);
        if (e.has(Signal.GREETING)) return cue(Intent.GREETING, e.strength(Signal.GREETING));
        if (e.has(Signal.OFFER_QUESTION)) return new Reading(Intent.UNKNOWN_SERVICE, 0.6);
        if (!e.details().nothingGiven()) return new Reading(Intent.GIVING_DETAILS, 0.7);
        return new Reading(Intent.UNCLEAR, 0.3);
    }

    private static Reading ordering(Evidence e) {
        if (!e.services().isEmpty()) {
            double ambiguity = e.services().size() > 1 && e.serviceStrength() < 0.9 ? 0.85 : 1;
            return new Reading(Intent.ORDER, serviceConfidence(e) * ambiguity);
        }
        if (e.inOrderFlow()) return new Reading(Intent.GIVING_DETAILS, e.details().nothingGiven() ? 0.8 : 0.92);
        if (e.has(Signal.LISTING)) return cue(Intent.CATALOG_LISTING, e.strength(Signal.LISTING));
        if (!e.state().lastServiceIds().isEmpty()) return new Reading(Intent.ORDER, 0.88);
        return new Reading(Intent.ORDER, 0.87);
    }

    private static Reading pricing(Evidence e) {
        if (!e.services().isEmpty()) return new Reading(Intent.PRICE_QUESTION, serviceConfidence(e));
        if (e.faq().isPresent()) return new Reading(Intent.FAQ, faqConfidence(e));
        if (!e.state().lastServiceIds().isEmpty()) return new Reading(Intent.PRICE_QUESTION, 0.9);
        return new Reading(Intent.CATALOG_LISTING, 0.88);
    }

    private static double serviceConfidence(Evidence e) {
        double base = Math.min(CAP, 0.5 + 0.5 * e.serviceStrength());
        return e.unknownOffering() ? base * 0.95 : base;
    }

    private static double faqConfidence(Evidence e) {
        return Math.min(CAP, 0.6 + 0.4 * e.faq().orElseThrow().score());
    }

    private static Reading cue(Intent intent, double strength) {
        return new Reading(intent, Math.min(CAP, strength * CAP));
    }

    /** Intents that end with a person anyway: a long message does not make them less certain. */
    private static boolean isEscalation(Intent intent) {
        return switch (intent) {
            case ABUSE, HUMAN_REQUEST, COMPLAINT, PROMPT_INJECTION -> true;
            default -> false;
        };
    }
}
