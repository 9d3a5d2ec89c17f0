package app.parley.auth.tokens;

import app.parley.auth.access.Principal;
import app.parley.auth.access.Principal.TenantStaff;
import app.parley.auth.tokens.RefreshOutcome.Refreshed;
import app.parley.auth.tokens.RefreshOutcome.Rejected;
import app.parley.auth.tokens.RefreshOutcome.ReuseDetected;
import app.parley.auth.tokens.SessionFamily.Status;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions with rotating refresh tokens: each refresh spends the presented token and hands out
 * the next one. A spent token presented again means a copy exists (stolen, or a lost race), so the
 * whole family is revoked and every later refresh of it fails. Strict on purpose: no grace window.
 */
public final class RefreshingSessions {
    private final AccessTokens accessTokens;
    private final RefreshTokenStore store;
    private final CurrentPrincipals principals;
    private final SessionSettings settings;
    private final Clock clock;

    public RefreshingSessions(AccessTokens accessTokens, RefreshTokenStore store, CurrentPrincipals principals,
                              SessionSettings settings, Clock clock) {
        this.accessTokens = accessTokens;
        this.store = store;
        this.principals = principals;
        this.settings = settings;
        this.clock = clock;
    }

    /** Opens a new session family for a principal who just proved who they are. */
    public SessionTokens start(Principal principal) {
        Instant now = clock.instant();
        Optional<TenantId> tenant = principal instanceof TenantStaff staff
                ? Optional.of(staff.tenant()) : Optional.empty();
        RefreshToken first = RefreshToken.issue(SessionRef.newFamily(tenant));
        Instant expiresAt = now.plus(settings.absoluteLifetime());
        store.open(new SessionFamily(first.session(), principal, now, now, expiresAt, Status.ACTIVE), first.hash());
        return new SessionTokens(accessTokens.issue(principal), first.value(), expiresAt);
    }

    public RefreshOutcome refresh(String refreshToken) {
        Optional<RefreshToken> presented = RefreshToken.parse(refreshToken);
        if (presented.isEmpty()) return new Rejected(RefreshOutcome.Reason.MALFORMED);
        Optional<SessionFamily> family = store.find(presented.get().session());
        if (family.isEmpty()) return new Rejected(RefreshOutcome.Reason.UNKNOWN);
        return refresh(presented.get(), family.get());
    }

    /** Ends the session the token belongs to (used or not). False when the token is not one of ours. */
    public boolean logout(String refreshToken) {
        Optional<RefreshToken> presented = RefreshToken.parse(refreshToken);
        if (presented.isEmpty() || !store.holds(presented.get().session(), presented.get().hash())) return false;
        store.revoke(presented.get().session(), Status.LOGGED_OUT);
        return true;
    }

    private RefreshOutcome refresh(RefreshToken presented, SessionFamily family) {
        if (!family.active()) return new Rejected(RefreshOutcome.Reason.REVOKED);
        if (expired(family, clock.instant())) return new Rejected(RefreshOutcome.Reason.EXPIRED);
        Optional<Principal> principal = principals.current(family.principal());
        if (principal.isEmpty()) {
            store.revoke(family.ref(), Status.ACCOUNT_DISABLED);
            return new Rejected(RefreshOutcome.Reason.ACCOUNT_DISABLED);
        }
        RefreshToken next = RefreshToken.issue(family.ref());
        return switch (store.rotate(family.ref(), presented.hash(), next.hash(), clock.instant())) {
            case ROTATED -> new Refreshed(new SessionTokens(accessTokens.issue(principal.get()), next.value(), family.expiresAt()));
            case ALREADY_USED -> reuseDetected(family.ref());
            case NOT_IN_FAMILY -> new Rejected(RefreshOutcome.Reason.UNKNOWN);
            case FAMILY_REVOKED -> new Rejected(RefreshOutcome.Reason.REVOKED);
        };
    }

    private RefreshOutcome reuseDetected(SessionRef ref) {
        store.revoke(ref, Status.REUSE_DETECTED);
        return new ReuseDetected(ref);
    }

    private boolean expired(SessionFamily family, Instant now) {
        return !now.isBefore(family.expiresAt()) || !now.isBefore(family.lastRefreshedAt().plus(settings.idleTimeout()));
    }
}
