package app.parley.conversation.application;

/** Why no automatic message was sent. */
public enum SkipReason {
    TENANT_UNKNOWN,
    TENANT_NOT_ACTIVE,
    TENANT_AI_OFF,
    PLATFORM_AI_OFF,
    UNPAID_SUBSCRIPTION,
    HUMAN_TAKEOVER,
    NOTHING_TO_ANSWER,
    NOT_A_CLOUD_NUMBER
}
