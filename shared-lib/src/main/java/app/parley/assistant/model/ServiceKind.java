package app.parley.assistant.model;

public enum ServiceKind { SERVICE, PACKAGE }
