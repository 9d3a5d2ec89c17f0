package app.parley.conversation.model;

public enum SessionStatus { PAIRING, CONNECTED, DISCONNECTED, LOGGED_OUT }
