package app.parley.auth.passwords;

/** What {@link PasswordPolicy} says about a new password; a rejection carries a sentence for the user. */
public sealed interface PasswordCheck {
    record Accepted() implements PasswordCheck {}

    record Rejected(Reason reason, String message) implements PasswordCheck {}

    enum Reason { TOO_SHORT, TOO_LONG, SAME_AS_EMAIL, TOO_COMMON }
}
