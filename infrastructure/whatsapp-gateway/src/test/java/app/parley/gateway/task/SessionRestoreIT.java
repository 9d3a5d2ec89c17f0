package app.parley.gateway.task;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.conversation.model.SessionStatus;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.session.SessionBoard;
import app.parley.gateway.testing.GatewayHarness;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionRestoreIT {
    static GatewayHarness harness;

    @BeforeAll static void start() { harness = new GatewayHarness(); }
    @AfterAll static void stop() { harness.close(); }

    @Test
    void a_qr_login_publishes_the_code_and_a_restarted_gateway_resumes_without_a_new_scan() {
        SessionRef session = harness.qrLoginRequested();
        GatewayTask first = harness.task("task-before-restart");
        first.tick();

        SessionBoard.SessionView pairing = harness.board.find(session).orElseThrow();
        assertThat(pairing.status()).isEqualTo(SessionStatus.PAIRING);
        assertThat(pairing.loginCode().kind()).isEqualTo(SessionBoard.LoginCode.Kind.QR);
        assertThat(pairing.loginCode().value()).startsWith("2@fake-qr");

        harness.network.scanQr(session, "5511987654321");
        assertThat(harness.board.find(session).orElseThrow().status()).isEqualTo(SessionStatus.CONNECTED);
        first.close();
        assertThat(harness.network.isOpen(session)).isFalse();

        harness.clock.advance(Duration.ofSeconds(1));
        GatewayTask second = harness.task("task-after-restart");
        second.tick();

        SessionBoard.SessionView resumed = harness.board.find(session).orElseThrow();
        assertThat(resumed.status()).isEqualTo(SessionStatus.CONNECTED);
        assertThat(resumed.loginCode()).as("no new QR code was needed").isNull();
        assertThat(resumed.phoneNumber()).isEqualTo("5511987654321");
        assertThat(harness.network.openedBy(session)).isEqualTo("task-after-restart");
        second.close();
    }
}
