package app.parley.conversation.model;

public enum Direction { INBOUND, OUTBOUND }
