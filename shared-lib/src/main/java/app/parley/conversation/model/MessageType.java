package app.parley.conversation.model;

public enum MessageType { TEXT, IMAGE, DOCUMENT, AUDIO, VIDEO, INTERACTIVE, LOCATION, OTHER }
