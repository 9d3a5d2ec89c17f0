package app.parley.gateway.task;

import app.parley.gateway.client.SessionRef;
import app.parley.gateway.client.WhatsAppClient;
import app.parley.gateway.client.WhatsAppClients;
import app.parley.gateway.lease.Lease;
import app.parley.gateway.lease.LeaseView;
import app.parley.gateway.lease.LoginRequest;
import app.parley.gateway.lease.SessionLeases;
import app.parley.gateway.outbound.HeldSessions;
import app.parley.gateway.outbound.SendingGovernor;
import app.parley.gateway.outbound.SendingRules;
import app.parley.gateway.outbound.SendingSwitches;
import app.parley.gateway.session.HeldSession;
import app.parley.gateway.session.SessionServices;
import app.parley.gateway.vault.SessionVault;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * One gateway task (one Fargate container). Every tick it heartbeats, renews the leases of the
 * sessions it holds (closing any socket whose lease is lost or ran out), drives reconnects, and
 * claims free sessions up to its fair share of all active sessions among the live tasks.
 */
public final class GatewayTask implements HeldSessions, AutoCloseable {
    private final String taskId;
    private final SessionLeases leases;
    private final SessionVault vault;
    private final WhatsAppClients clients;
    private final SessionServices services;
    private final SendingSwitches switches;
    private final SendingRules rules;
    private final LeasePolicy policy;
    private final RandomGenerator random;
    private final Map<SessionRef, HeldSession> held = new ConcurrentHashMap<>();
    private final Map<SessionRef, Instant> leasedUntil = new ConcurrentHashMap<>();

    public GatewayTask(String taskId, SessionLeases leases, SessionVault vault, WhatsAppClients clients,
                       SessionServices services, SendingSwitches switches, SendingRules rules, LeasePolicy policy,
                       RandomGenerator random) {
        this.taskId = taskId;
        this.leases = leases;
        this.vault = vault;
        this.clients = clients;
        this.services = services;
        this.switches = switches;
        this.rules = rules;
        this.policy = policy;
        this.random = random;
    }

    public synchronized void tick() {
        Instant now = services.clock().instant();
        renewHeld(now);
        held.values().forEach(HeldSession::tick);
        try {
            leases.heartbeatTask(taskId, now, policy.taskTtl());
            List<LeaseView> all = leases.all();
            long share = fairShare(all, now);
            handBackAboveShare(share);
            claimUpTo(share, all, now);
        } catch (RuntimeException unreachable) {
            // the lease table is unreachable: keep what is held until its lease runs out, claim nothing
        }
    }

    /** Graceful shutdown: close every socket, then hand the leases back so others take over at once. */
    @Override
    public synchronized void close() {
        for (HeldSession session : List.copyOf(held.values())) {
            session.close();
            leases.release(session.lease());
        }
        held.clear();
        leasedUntil.clear();
        leases.removeTask(taskId);
    }

    @Override
    public Optional<HeldSession> connected(TenantId tenant) {
        return held.values().stream()
                .filter(s -> s.lease().session().tenant().equals(tenant) && s.phase() == HeldSession.Phase.CONNECTED)
                .findFirst();
    }

    public Map<SessionRef, HeldSession> held() {
        return Map.copyOf(held);
    }

    public String taskId() {
        return taskId;
    }

    private void renewHeld(Instant now) {
        for (HeldSession session : List.copyOf(held.values())) {
            Lease lease = session.lease();
            if (session.stoppedForGood()) {
                deactivate(session);
                continue;
            }
            Optional<LeaseView> renewed = tryRenew(lease, now);
            if (renewed == null) {
                if (!now.isBefore(leasedUntil.get(lease.session()))) drop(session);
            } else if (renewed.isEmpty()) {
                drop(session);
            } else {
                leasedUntil.put(lease.session(), renewed.get().until());
                if (!renewed.get().login().requestId().equals(session.login().requestId())) restart(session, renewed.get().login());
            }
        }
    }

    /** Null when the lease store could not be reached (then the local expiry decides). */
    private Optional<LeaseView> tryRenew(Lease lease, Instant now) {
        try {
            return leases.renew(lease, now, policy.duration());
        } catch (RuntimeException unreachable) {
            return null;
        }
    }

    private long fairShare(List<LeaseView> all, Instant now) {
        long active = all.stream().filter(LeaseView::active).count();
        int live = Math.max(1, leases.liveTasks(now));
        return (active + live - 1) / live;
    }

    /** One session a tick above the fair share goes back (socket closed first), so a newly started task gets work. */
    private void handBackAboveShare(long share) {
        if (held.size() <= share) return;
        HeldSession session = held.values().iterator().next();
        drop(session);
        leases.release(session.lease());
    }

    private void claimUpTo(long share, List<LeaseView> all, Instant now) {
        Instant staleBefore = now.minus(policy.takeoverGrace());
        List<LeaseView> free = new ArrayList<>(all.stream()
                .filter(v -> v.claimable(staleBefore) && !held.containsKey(v.session())).toList());
        Collections.shuffle(free, new java.util.Random(random.nextLong()));
        for (LeaseView candidate : free) {
            if (held.size() >= share) return;
            leases.acquire(candidate.session(), taskId, staleBefore, now.plus(policy.duration()))
                    .ifPresent(lease -> begin(lease, candidate.login(), now));
        }
    }

    private void deactivate(HeldSession session) {
        try {
            leases.deactivate(session.lease());
            forget(session.lease().session());
        } catch (RuntimeException unreachable) {
            // tried again next tick; the socket is already closed
        }
    }

    private void begin(Lease lease, LoginRequest login, Instant now) {
        SessionRef ref = lease.session();
        var state = vault.bind(ref, lease.fence());
        WhatsAppClient client = clients.open(ref, state);
        SendingGovernor governor = new SendingGovernor(rules, switches.linkedSince(ref, now), random);
        HeldSession session = new HeldSession(lease, login, client, state, services, governor, leases::markLoggedIn);
        held.put(ref, session);
        leasedUntil.put(ref, lease.until());
        session.start();
    }

    private void restart(HeldSession session, LoginRequest login) {
        session.close();
        Lease lease = session.lease();
        forget(lease.session());
        begin(lease, login, services.clock().instant());
    }

    private void drop(HeldSession session) {
        session.close();
        forget(session.lease().session());
    }

    private void forget(SessionRef ref) {
        held.remove(ref);
        leasedUntil.remove(ref);
    }
}
