package app.parley.crm.model;

/** Whether the customer agreed to be contacted beyond answering their own messages. */
public enum Consent { UNKNOWN, GRANTED, WITHDRAWN }
