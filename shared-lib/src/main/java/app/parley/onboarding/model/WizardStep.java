package app.parley.onboarding.model;

/** The setup wizard's steps, in order. */
public enum WizardStep {
    PROFILE, CATALOG, FAQS, WHATSAPP, AI, STAFF, TEST_CHAT, GO_LIVE
}
