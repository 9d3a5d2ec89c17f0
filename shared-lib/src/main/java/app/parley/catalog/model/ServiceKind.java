package app.parley.catalog.model;

public enum ServiceKind { SERVICE, PACKAGE }
