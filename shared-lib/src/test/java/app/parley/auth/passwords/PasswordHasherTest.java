package app.parley.auth.passwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    static final Argon2Parameters CHEAP = new Argon2Parameters(1024, 1, 1); // fast tests; production uses OWASP
    final PasswordHasher hasher = new PasswordHasher(CHEAP);

    @Test
    void owasp_parameters_give_an_argon2id_phc_string_that_verifies() {
        PasswordHasher owasp = PasswordHasher.owasp();

        String hash = owasp.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(owasp.verify("correct horse battery staple", hash)).isTrue();
        assertThat(owasp.needsRehash(hash)).isFalse();
    }

    @Test
    void a_wrong_password_does_not_verify() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery stapl", hash)).isFalse();
        assertThat(hasher.verify("Correct horse battery staple", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertThat(hasher.hash("correct horse battery staple")).isNotEqualTo(hasher.hash("correct horse battery staple"));
    }

    @Test
    void non_ascii_passwords_round_trip() {
        String hash = hasher.hash("contraseña-çok-güvenli-密码");

        assertThat(hasher.verify("contraseña-çok-güvenli-密码", hash)).isTrue();
        assertThat(hasher.verify("contrasena-cok-guvenli-密码", hash)).isFalse();
    }

    @Test
    void a_hash_made_with_other_parameters_still_verifies_but_needs_a_rehash() {
        String old = hasher.hash("correct horse battery staple");
        PasswordHasher stronger = new PasswordHasher(new Argon2Parameters(2048, 2, 1));

        assertThat(stronger.verify("correct horse battery staple", old)).isTrue();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(old)).isFalse();
    }

    @Test
    void what_is_not_an_argon2_hash_never_verifies_and_always_needs_a_rehash() {
        for (String bad : new String[] {"", "plain", "$2a$10$abcdefghijklmnopqrstuv", "$argon2id$v=19$garbage"}) {
            assertThat(hasher.verify("anything", bad)).as(bad).isFalse();
            assertThat(hasher.needsRehash(bad)).as(bad).isTrue();
        }
        assertThat(hasher.verify("anything", null)).isFalse();
    }

    @Test
    void an_unknown_account_costs_a_hash_and_never_succeeds() {
        assertThat(hasher.verifyOrBurn("parley-dummy-password-for-unknown-accounts", Optional.empty())).isFalse();
        assertThat(hasher.verifyOrBurn(null, Optional.empty())).isFalse();
        assertThat(hasher.verifyOrBurn("pw-123456789", Optional.of(hasher.hash("pw-123456789")))).isTrue();
    }

    @Test
    void refuses_to_hash_absurdly_long_input() {
        String huge = "x".repeat(PasswordHasher.MAX_PASSWORD_LENGTH + 1);

        assertThatThrownBy(() -> hasher.hash(huge)).isInstanceOf(IllegalArgumentException.class);
        assertThat(hasher.verify(huge, hasher.hash("short-but-fine"))).isFalse();
    }
}
