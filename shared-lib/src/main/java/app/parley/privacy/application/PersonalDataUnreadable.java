package app.parley.privacy.application;

/** Sealed personal data that does not open: another tenant's, tampered with, or its tenant's key destroyed. */
public final class PersonalDataUnreadable extends RuntimeException {
    public PersonalDataUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
