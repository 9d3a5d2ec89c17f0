package app.parley.api.auth;

import app.parley.mail.model.Mail;
import app.parley.mail.application.Mailer;
import app.parley.auth.access.Principal;
import app.parley.auth.application.Users;
import app.parley.auth.model.Email;
import app.parley.auth.model.User;
import app.parley.auth.model.UserId;
import app.parley.auth.passwords.PasswordCheck;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.auth.passwords.PasswordPolicy;
import app.parley.common.model.Ids;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Password work on accounts: change, reset by mailed token, and the invitation mail of a new user. */
public final class Accounts {
    public static final Duration RESET_VALIDITY = Duration.ofMinutes(30);
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(3);

    public sealed interface PasswordOutcome {
        record Changed() implements PasswordOutcome {}
        record Refused(String field, String sentence) implements PasswordOutcome {}
    }

    private final Users users;
    private final PasswordHasher hasher;
    private final PasswordResets resets;
    private final Mailer mailer;
    private final Clock clock;

    public Accounts(Users users, PasswordHasher hasher, PasswordResets resets, Mailer mailer, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.resets = resets;
        this.mailer = mailer;
        this.clock = clock;
    }

    public Optional<User> of(Principal principal) {
        if (!Ids.matches(UserId.PREFIX, principal.userId())) return Optional.empty();
        UserId id = new UserId(principal.userId());
        return switch (principal) {
            case Principal.PlatformAdmin a -> users.findPlatformUser(id);
            case Principal.TenantStaff s -> users.find(s.tenant(), id);
        };
    }

    public PasswordOutcome change(Principal principal, String current, String next) {
        Optional<User> user = of(principal);
        if (user.isEmpty() || !hasher.verify(current, user.get().passwordHash())) {
            return new PasswordOutcome.Refused("currentPassword", "is not your current password.");
        }
        return store(user.get(), next);
    }

    /** Mails a reset link if the email belongs to an active user; says nothing either way. */
    public void requestReset(String email) {
        Optional<User> user;
        try {
            user = users.findByEmail(new Email(email));
        } catch (IllegalArgumentException notAnEmail) {
            return;
        }
        user.filter(User::active).ifPresent(u -> mailReset(u, RESET_VALIDITY, "Reset your Parley password",
                "Someone asked to reset the password of this account. If it was you, use this token within 30 minutes:\n\n"));
    }

    public PasswordOutcome reset(String token, String next) {
        Optional<User> user = resets.redeem(token, clock.instant()).flatMap(h -> h.tenant()
                .map(t -> users.find(t, h.user())).orElseGet(() -> users.findPlatformUser(h.user())));
        if (user.isEmpty()) return new PasswordOutcome.Refused("token", "is unknown, used or expired.");
        return store(user.get(), next);
    }

    public void mailInvitation(User user) {
        mailReset(user, INVITATION_VALIDITY, "You are invited to Parley",
                "An account was created for you. Choose your password with this token within 3 days:\n\n");
    }

    private void mailReset(User user, Duration validity, String subject, String text) {
        String token = resets.issue(user, clock.instant().plus(validity));
        mailer.send(new Mail(user.email().value(), subject, text + token + "\n"));
    }

    private PasswordOutcome store(User user, String next) {
        if (PasswordPolicy.check(next, user.email().value()) instanceof PasswordCheck.Rejected rejected) {
            return new PasswordOutcome.Refused("newPassword", rejected.message());
        }
        users.update(new User(user.id(), user.tenant(), user.email(), user.name(), user.role(), hasher.hash(next), user.active()));
        return new PasswordOutcome.Changed();
    }
}
