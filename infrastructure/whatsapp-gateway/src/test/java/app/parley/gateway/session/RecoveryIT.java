package app.parley.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.audit.model.AuditEvent;
import app.parley.conversation.model.SessionStatus;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.client.StatePart;
import app.parley.gateway.client.StateRead;
import app.parley.gateway.task.GatewayTask;
import app.parley.gateway.testing.GatewayHarness;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecoveryIT {
    static GatewayHarness harness;
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 6, new SplittableRandom(3));

    @BeforeAll static void start() { harness = new GatewayHarness(); }
    @AfterAll static void stop() { harness.close(); }

    @Test
    void a_disconnect_storm_reconnects_with_growing_jittered_waits_and_recovers() {
        GatewayTask task = harness.task("storm", UnaryOperator.identity(), BACKOFF);
        SessionRef session = connected(task, "5511911110001");
        HeldSession held = task.held().get(session);

        harness.network.reachable(false);
        harness.network.dropConnection(session);
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 4; attempt++) {
            Instant due = held.reconnectAt().orElseThrow();
            waits.add(Duration.between(harness.clock.instant(), due));
            harness.clock.advance(Duration.between(harness.clock.instant(), due).minusMillis(1));
            task.tick();
            assertThat(held.failedAttempts()).as("no attempt before the backoff ends").isEqualTo(attempt);
            harness.clock.advance(Duration.ofMillis(1));
            if (attempt == 4) harness.network.reachable(true);
            task.tick();
        }
        for (int i = 0; i < waits.size(); i++) {
            Duration ceiling = BACKOFF.ceiling(i + 1);
            assertThat(waits.get(i)).isBetween(ceiling.dividedBy(2), ceiling);
        }
        assertThat(held.phase()).isEqualTo(HeldSession.Phase.CONNECTED);
        assertThat(held.failedAttempts()).isZero();
        assertThat(harness.board.find(session).orElseThrow().status()).isEqualTo(SessionStatus.CONNECTED);
        task.close();
    }

    @Test
    void reconnecting_is_bounded_and_ends_with_an_alert() {
        GatewayTask task = harness.task("bounded", UnaryOperator.identity(), BACKOFF);
        SessionRef session = connected(task, "5511911110002");
        harness.network.reachable(false);
        harness.network.dropConnection(session);
        int before = harness.network.connectAttempts(session);
        for (int i = 0; i < 200; i++) {
            harness.clock.advance(Duration.ofSeconds(5));
            task.tick();
        }
        assertThat(harness.network.connectAttempts(session) - before).isEqualTo(BACKOFF.maxAttempts());
        assertThat(harness.board.find(session).orElseThrow().status()).isEqualTo(SessionStatus.DISCONNECTED);
        assertThat(actions(session)).contains("whatsapp.session.gave_up_reconnecting");
        assertThat(task.held()).doesNotContainKey(session);
        harness.network.reachable(true);
        task.close();
    }

    @Test
    void a_logged_out_session_stops_cleanly_alerts_and_is_never_claimed_again() {
        GatewayTask task = harness.task("logout", UnaryOperator.identity(), BACKOFF);
        GatewayTask other = harness.task("logout-other", UnaryOperator.identity(), BACKOFF);
        SessionRef session = connected(task, "5511911110003");
        int attempts = harness.network.connectAttempts(session);

        harness.network.logOut(session);
        for (int i = 0; i < 50; i++) {
            harness.clock.advance(Duration.ofSeconds(5));
            task.tick();
            other.tick();
        }
        assertThat(harness.network.connectAttempts(session)).as("never reconnects").isEqualTo(attempts);
        assertThat(harness.network.isOpen(session)).isFalse();
        assertThat(harness.board.find(session).orElseThrow().status()).isEqualTo(SessionStatus.LOGGED_OUT);
        assertThat(harness.vault.load(session, StatePart.KEYS)).isInstanceOf(StateRead.Missing.class);
        assertThat(actions(session)).containsOnlyOnce("whatsapp.session.logged_out");
        assertThat(harness.leases.all()).filteredOn(v -> v.session().equals(session)).allMatch(v -> !v.active());
        task.close();
        other.close();
    }

    @Test
    void a_banned_number_stops_for_good() {
        GatewayTask task = harness.task("ban", UnaryOperator.identity(), BACKOFF);
        SessionRef session = connected(task, "5511911110004");
        harness.network.ban(session);
        for (int i = 0; i < 20; i++) {
            harness.clock.advance(Duration.ofSeconds(5));
            task.tick();
        }
        assertThat(harness.board.find(session).orElseThrow().status()).isEqualTo(SessionStatus.BANNED);
        assertThat(actions(session)).containsOnlyOnce("whatsapp.session.banned");
        assertThat(task.held()).doesNotContainKey(session);
        task.close();
    }

    private static SessionRef connected(GatewayTask task, String phone) {
        SessionRef session = harness.qrLoginRequested();
        task.tick();
        harness.network.scanQr(session, phone);
        assertThat(task.held()).containsKey(session);
        return session;
    }

    private static List<String> actions(SessionRef session) {
        LocalDate day = LocalDate.ofInstant(harness.clock.instant(), ZoneOffset.UTC);
        List<String> all = new ArrayList<>();
        for (LocalDate d = day.minusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            harness.audit.onDay(session.tenant(), d).stream().map(AuditEvent::action).forEach(all::add);
        }
        return all;
    }
}
