package app.parley.tenancy.model;

public enum LifecycleAction { ACTIVATE, SUSPEND, RESUME, SOFT_DELETE, RESTORE, HARD_DELETE }
