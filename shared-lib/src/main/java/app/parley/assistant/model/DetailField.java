package app.parley.assistant.model;

public enum DetailField { NAME, PREFERRED_TIME, ADDRESS }
