package app.parley.assistant.model;

/** Why a conversation goes to a person. */
public enum HandOverReason {
    ASSISTANT_DISABLED,
    LOW_CONFIDENCE,
    COMPLAINT,
    HUMAN_REQUESTED,
    REPEATED_PRESSURE,
    ABUSE,
    PROMPT_INJECTION,
    RESPONSE_TYPE_NOT_ALLOWED,
    REPLY_BLOCKED_BY_FIREWALL
}
