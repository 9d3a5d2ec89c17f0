package app.parley.onboarding.model;

/** The milestones of a business's start on the platform, in the order they normally happen. */
public enum FunnelStep {
    SIGNED_UP, VERIFIED, CATALOG_ADDED, WHATSAPP_CONNECTED, LIVE
}
