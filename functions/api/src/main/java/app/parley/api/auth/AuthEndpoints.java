package app.parley.api.auth;

import app.parley.api.auth.AuthBodies.*;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.auth.model.User;
import app.parley.auth.throttling.GuardingLogins;
import app.parley.auth.throttling.LoginOutcome;
import app.parley.auth.tokens.RefreshOutcome;
import app.parley.auth.tokens.RefreshingSessions;
import app.parley.auth.tokens.SessionTokens;
import app.parley.tenancy.model.TenantId;
import java.util.List;

/** Login, refresh, logout, the caller's own account, password change and reset. */
public final class AuthEndpoints {
    private final GuardingLogins logins;
    private final RefreshingSessions sessions;
    private final Accounts accounts;

    public AuthEndpoints(GuardingLogins logins, RefreshingSessions sessions, Accounts accounts) {
        this.logins = logins;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.post("/api/auth/login").tag("auth").anyone().summary("Sign in with email and password")
                        .accepts(Login.class, "{\"email\":\"admin@example.com\",\"password\":\"correct horse battery\"}")
                        .returns(Tokens.class).handle(this::login),
                Operation.post("/api/auth/refresh").tag("auth").anyone().summary("Trade a refresh token for a new pair (rotation)")
                        .accepts(Refresh.class, "{\"refreshToken\":\"...\"}").returns(Tokens.class).handle(this::refresh),
                Operation.post("/api/auth/logout").tag("auth").signedIn().summary("End the session of a refresh token")
                        .accepts(Refresh.class, "{\"refreshToken\":\"...\"}").status(204).handle(this::logout),
                Operation.get("/api/me").tag("auth").signedIn().summary("The signed-in user").returns(Me.class).handle(this::me),
                Operation.post("/api/me/password").tag("auth").signedIn().summary("Change one's own password")
                        .accepts(ChangePassword.class, "{\"currentPassword\":\"old password here\",\"newPassword\":\"a new long passphrase\"}")
                        .status(204).handle(this::changePassword),
                Operation.post("/api/auth/password-reset").tag("auth").anyone().summary("Mail a password reset token (always 202)")
                        .accepts(ResetRequest.class, "{\"email\":\"admin@example.com\"}").returns(Accepted.class).status(202)
                        .handle(this::requestReset),
                Operation.post("/api/auth/password-reset/confirm").tag("auth").anyone().summary("Set a new password with a mailed token")
                        .accepts(ResetConfirm.class, "{\"token\":\"...\",\"newPassword\":\"a new long passphrase\"}").status(204)
                        .handle(this::confirmReset));
    }

    private Reply login(Call call) {
        Login body = call.body(Login.class);
        return switch (logins.check(body.email(), body.password(), call.sourceIp())) {
            case LoginOutcome.Authenticated a -> Reply.ok(tokens(sessions.start(a.principal())));
            case LoginOutcome.BadCredentials b -> throw new ApiProblem(401, "invalid_credentials", "The email or password is wrong.");
            case LoginOutcome.Throttled t -> throw ApiProblem.tooManyRequests(Math.max(1, t.retryAfter().toSeconds() + 1));
        };
    }

    private Reply refresh(Call call) {
        return switch (sessions.refresh(call.body(Refresh.class).refreshToken())) {
            case RefreshOutcome.Refreshed r -> Reply.ok(tokens(r.tokens()));
            case RefreshOutcome.ReuseDetected r -> throw new ApiProblem(401, "refresh_token_reused",
                    "This refresh token was used before; the session is ended. Sign in again.");
            case RefreshOutcome.Rejected r -> throw new ApiProblem(401, "invalid_refresh_token", "The refresh token is not valid; sign in again.");
        };
    }

    private Reply logout(Call call) {
        sessions.logout(call.body(Refresh.class).refreshToken());
        return Reply.noContent();
    }

    private Reply me(Call call) {
        User user = accounts.of(call.principal()).orElseThrow(ApiProblem::unauthorized);
        return Reply.ok(new Me(user.id().value(), user.email().value(), user.name(), user.role().name(),
                user.tenant().map(TenantId::value).orElse(null)));
    }

    private Reply changePassword(Call call) {
        ChangePassword body = call.body(ChangePassword.class);
        return done(accounts.change(call.principal(), body.currentPassword(), body.newPassword()));
    }

    private Reply requestReset(Call call) {
        accounts.requestReset(call.body(ResetRequest.class).email());
        return Reply.accepted(new Accepted("If the address belongs to an account, a reset token is on its way."));
    }

    private Reply confirmReset(Call call) {
        ResetConfirm body = call.body(ResetConfirm.class);
        return done(accounts.reset(body.token(), body.newPassword()));
    }

    private static Reply done(Accounts.PasswordOutcome outcome) {
        return switch (outcome) {
            case Accounts.PasswordOutcome.Changed c -> Reply.noContent();
            case Accounts.PasswordOutcome.Refused r -> throw ApiProblem.invalid(r.field(), r.sentence());
        };
    }

    private static Tokens tokens(SessionTokens t) {
        return new Tokens(t.accessToken().value(), t.refreshToken(), t.accessToken().expiresInSeconds());
    }
}
