package app.parley.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandshakeTest {
    private final Handshake handshake = new Handshake("s3cret");

    @Test
    void echoes_the_challenge_for_the_right_token() {
        assertThat(handshake.challengeFor("subscribe", "s3cret", "1158201444")).contains("1158201444");
    }

    @Test
    void refuses_a_wrong_token_a_wrong_mode_or_missing_values() {
        assertThat(handshake.challengeFor("subscribe", "s3cre", "1")).isEmpty();
        assertThat(handshake.challengeFor("unsubscribe", "s3cret", "1")).isEmpty();
        assertThat(handshake.challengeFor("subscribe", null, "1")).isEmpty();
        assertThat(new Handshake("").challengeFor("subscribe", "", "1")).isEmpty();
    }
}
