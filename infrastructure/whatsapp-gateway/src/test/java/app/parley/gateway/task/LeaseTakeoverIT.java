package app.parley.gateway.task;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.gateway.client.SessionRef;
import app.parley.gateway.lease.Lease;
import app.parley.gateway.lease.LeaseView;
import app.parley.gateway.lease.LoginRequest;
import app.parley.gateway.lease.SessionLeases;
import app.parley.gateway.session.Backoff;
import app.parley.gateway.testing.GatewayHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeaseTakeoverIT {
    static GatewayHarness harness;

    @BeforeAll static void start() { harness = new GatewayHarness(); }
    @AfterAll static void stop() { harness.close(); }

    @Test
    void sessions_spread_across_tasks_and_a_dead_tasks_sessions_move_within_a_minute_never_doubly_connected() {
        List<SessionRef> sessions = linkedSessions(6);
        GatewayTask a = harness.task("task-a");
        GatewayTask b = harness.task("task-b");
        a.tick();
        b.tick();
        for (int i = 0; i < 4; i++) everyFiveSeconds(a, b);
        assertThat(a.held()).hasSize(3);
        assertThat(b.held()).hasSize(3);

        harness.network.crash("task-a");
        Instant died = harness.clock.instant();
        while (!b.held().keySet().containsAll(sessions)) {
            everyFiveSeconds(b);
            assertThat(Duration.between(died, harness.clock.instant())).isLessThan(Duration.ofMinutes(1));
        }
        assertThat(harness.network.openSessions()).containsAll(sessions);
        sessions.forEach(s -> assertThat(harness.network.openedBy(s)).isEqualTo("task-b"));
        assertThat(harness.network.doubleConnections()).isEmpty();
        b.close();
    }

    @Test
    void a_task_cut_off_from_the_lease_table_closes_its_sockets_before_another_task_takes_over() {
        List<SessionRef> sessions = linkedSessions(2);
        Partition partition = new Partition();
        GatewayTask a = harness.task("task-cut-off", partition::wrap, Backoff.standard(new SplittableRandom(1)));
        GatewayTask b = harness.task("task-healthy");
        a.tick();
        sessions.forEach(s -> assertThat(harness.network.openedBy(s)).isEqualTo("task-cut-off"));

        partition.cut = true;
        SplittableRandom order = new SplittableRandom(7);
        for (int step = 0; step < 40; step++) {
            harness.clock.advance(Duration.ofMillis(1000 + order.nextInt(4000)));
            if (order.nextBoolean()) { a.tick(); b.tick(); } else { b.tick(); a.tick(); }
        }
        sessions.forEach(s -> assertThat(harness.network.openedBy(s)).isEqualTo("task-healthy"));
        assertThat(harness.network.doubleConnections()).as("never two sockets for one session").isEmpty();
        b.close();
    }

    private static List<SessionRef> linkedSessions(int count) {
        List<SessionRef> sessions = new ArrayList<>();
        GatewayTask linker = harness.task("linker");
        for (int i = 0; i < count; i++) sessions.add(harness.qrLoginRequested());
        for (int i = 0; i < count; i++) linker.tick();
        for (int i = 0; i < count; i++) harness.network.scanQr(sessions.get(i), "551190000" + (100 + i));
        linker.close();
        return sessions;
    }

    private static void everyFiveSeconds(GatewayTask... tasks) {
        harness.clock.advance(Duration.ofSeconds(5));
        for (GatewayTask task : tasks) {
            task.tick();
            assertThat(harness.network.doubleConnections()).isEmpty();
        }
    }

    /** The task's view of the lease table; while cut, every call fails as an unreachable endpoint would. */
    static final class Partition {
        volatile boolean cut;

        SessionLeases wrap(SessionLeases real) {
            return new SessionLeases() {
                @Override public void request(SessionRef s, LoginRequest l) { check(); real.request(s, l); }
                @Override public List<LeaseView> all() { check(); return real.all(); }
                @Override public Optional<Lease> acquire(SessionRef s, String t, Instant stale, Instant until) { check(); return real.acquire(s, t, stale, until); }
                @Override public void markLoggedIn(Lease l) { check(); real.markLoggedIn(l); }
                @Override public Optional<LeaseView> renew(Lease l, Instant now, Duration d) { check(); return real.renew(l, now, d); }
                @Override public void release(Lease l) { check(); real.release(l); }
                @Override public void deactivate(Lease l) { check(); real.deactivate(l); }
                @Override public void heartbeatTask(String t, Instant now, Duration ttl) { check(); real.heartbeatTask(t, now, ttl); }
                @Override public int liveTasks(Instant now) { check(); return real.liveTasks(now); }
                @Override public void removeTask(String t) { check(); real.removeTask(t); }
            };
        }

        private void check() {
            if (cut) throw new IllegalStateException("lease table unreachable");
        }
    }
}
