package app.parley.auth.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.passwords.PasswordCheck.Accepted;
import app.parley.auth.passwords.PasswordCheck.Reason;
import app.parley.auth.passwords.PasswordCheck.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    static final String EMAIL = "maria.lopez.garcia@clinic.example";

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars", "ñandú-ñandú"})
    void refuses_fewer_than_twelve_characters(String password) {
        assertThat(PasswordPolicy.check(password, EMAIL)).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.TOO_SHORT);
            assertThat(r.message()).contains("12 characters");
        });
    }

    @Test
    void refuses_a_missing_password() {
        assertThat(PasswordPolicy.check(null, EMAIL)).isInstanceOf(Rejected.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {EMAIL, "MARIA.LOPEZ.GARCIA@clinic.example", "maria.lopez.garcia@clinic.example ", "Maria.Lopez.Garcia"})
    void refuses_the_email_or_its_name_part(String password) {
        assertThat(PasswordPolicy.check(password, EMAIL)).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.SAME_AS_EMAIL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "123456789012", "qwerty123456", "Administrator"})
    void refuses_very_common_passwords(String password) {
        assertThat(PasswordPolicy.check(password, EMAIL)).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.TOO_COMMON);
            assertThat(r.message()).endsWith(".");
        });
    }

    @Test
    void refuses_more_than_128_characters() {
        assertThat(PasswordPolicy.check("a-b".repeat(43), EMAIL)).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.TOO_LONG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "twelve chars", "tortilla-sunset-42", "ñandú-ñandú-ñandú"})
    void accepts_long_uncommon_passwords_without_composition_rules(String password) {
        assertThat(PasswordPolicy.check(password, EMAIL)).isInstanceOf(Accepted.class);
    }
}
