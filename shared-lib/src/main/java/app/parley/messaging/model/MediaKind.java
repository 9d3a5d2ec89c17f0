package app.parley.messaging.model;

/** The kinds of media a WhatsApp message can carry. */
public enum MediaKind {
    IMAGE,
    DOCUMENT,
    AUDIO,
    VIDEO,
    STICKER
}
