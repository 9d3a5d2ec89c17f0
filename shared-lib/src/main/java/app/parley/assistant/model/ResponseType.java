package app.parley.assistant.model;

/** Kinds of answer a tenant admin may allow the assistant to give on its own. */
public enum ResponseType { CATALOG, FAQ, COLLECT_DETAILS, ORDER_REQUEST }
