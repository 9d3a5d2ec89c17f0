package app.parley.messaging.model;

/** How a tenant's WhatsApp number is connected: Meta's official Cloud API or the unofficial gateway. */
public enum Channel {
    CLOUD_API,
    UNOFFICIAL
}
