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
    NOT_A_CLOUD_NUMBER,
    /** The customer sent STOP (or another opt-out keyword) and has not opted in again. */
    CUSTOMER_OPTED_OUT,
    /** The customer sent more messages in a minute than a person would: paused and flagged for staff. */
    CUSTOMER_FLOODING,
    /** The tenant's number received an anomalous inbound rate: automatic replies paused, messages still stored. */
    TENANT_FLOODING
}
