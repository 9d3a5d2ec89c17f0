package app.parley.mail.model;

/** A plain-text mail to one person. */
public record Mail(String to, String subject, String text) {}
