package app.parley.conversation.model;

/** Where an unofficial WhatsApp session is; PAIRING waits for a QR scan or a pairing code on the phone. */
public enum SessionStatus { PAIRING, CONNECTED, DISCONNECTED, LOGGED_OUT, CONNECTING, BANNED }
