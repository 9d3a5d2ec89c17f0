package app.parley.auth.passwords;

import app.parley.auth.passwords.PasswordCheck.Accepted;
import app.parley.auth.passwords.PasswordCheck.Reason;
import app.parley.auth.passwords.PasswordCheck.Rejected;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for a password someone chooses (NIST SP 800-63B style): long enough, not the email, not one
 * of the passwords every attacker tries first. No composition rules, no forced rotation.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "12345678901234", "123123123123", "111111111111",
            "000000000000", "qwertyuiopas", "qwerty123456", "qwertyuiop123", "1q2w3e4r5t6y",
            "password1234", "password123!", "passwordpassword", "password12345", "p@ssw0rd1234",
            "iloveyou1234", "letmein12345", "welcome12345", "welcome123456", "admin1234567",
            "administrator", "changeme1234", "abcdefghijkl", "abc123456789", "aaaaaaaaaaaa",
            "trustno1trustno1", "football1234", "baseball1234", "sunshine1234", "princess1234",
            "whatsapp1234", "parley123456", "qazwsxedcrfv", "zaq12wsxcde3", "monkey123456");

    private PasswordPolicy() {}

    public static PasswordCheck check(String password, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return new Rejected(Reason.TOO_SHORT, "Use at least " + MIN_LENGTH + " characters; a few unrelated words work well.");
        }
        if (length > MAX_LENGTH) {
            return new Rejected(Reason.TOO_LONG, "Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (email != null && (lower.equals(email.strip().toLowerCase(Locale.ROOT)) || lower.equals(localPart(email)))) {
            return new Rejected(Reason.SAME_AS_EMAIL, "Choose a password that is not your email address.");
        }
        if (COMMON.contains(lower)) {
            return new Rejected(Reason.TOO_COMMON, "This password is too common and easy to guess; choose another.");
        }
        return new Accepted();
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return (at < 0 ? email : email.substring(0, at)).strip().toLowerCase(Locale.ROOT);
    }
}
