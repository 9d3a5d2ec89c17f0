package app.parley.api.team;

import static app.parley.auth.access.Permission.TEAM_READ;
import static app.parley.auth.access.Permission.USERS_MANAGE;

import app.parley.api.audit.Auditor;
import app.parley.api.auth.Accounts;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Check;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.auth.access.AccessPolicy;
import app.parley.auth.access.AccessRole;
import app.parley.auth.access.AccessDecision;
import app.parley.auth.application.Users;
import app.parley.auth.model.Email;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.auth.model.UserCreation;
import app.parley.auth.model.UserId;
import app.parley.billing.application.CheckingSeats;
import app.parley.auth.passwords.PasswordHasher;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** The tenant's staff: invite (temporary password and a mailed token to choose one), change role, deactivate. */
public final class TeamEndpoints {
    public record Invite(String email, String name, Role role) {
        public Invite {
            Check.text("email", email, 254);
            name = Check.text("name", name, 200);
            Check.present("role", role);
            Check.that(role != Role.SUPER_ADMIN, "role", "is one of TENANT_ADMIN, MANAGER, AGENT.");
            try {
                new Email(email);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("email", "is not an email address.");
            }
        }
    }

    public record RoleChange(Role role) {
        public RoleChange {
            Check.present("role", role);
            Check.that(role != Role.SUPER_ADMIN, "role", "is one of TENANT_ADMIN, MANAGER, AGENT.");
        }
    }

    public record UserView(String id, String email, String name, String role, boolean active) {
        static UserView of(User u) { return new UserView(u.id().value(), u.email().value(), u.name(), u.role().name(), u.active()); }
    }

    /** A colleague as every staff member may see them: enough to name and assign, no contact details. */
    public record TeammateView(String id, String name, String role, boolean active) {
        static TeammateView of(User u) { return new TeammateView(u.id().value(), u.name(), u.role().name(), u.active()); }
    }

    private final Users users;
    private final PasswordHasher hasher;
    private final Accounts accounts;
    private final Auditor audit;
    private final CheckingSeats seats;

    public TeamEndpoints(Users users, PasswordHasher hasher, Accounts accounts, Auditor audit, CheckingSeats seats) {
        this.seats = seats;
        this.users = users;
        this.hasher = hasher;
        this.accounts = accounts;
        this.audit = audit;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/team").tag("team").requires(TEAM_READ)
                        .summary("The business's staff as colleagues see them (name, role, active; no emails), to assign work").paged()
                        .returnsList(TeammateView.class)
                        .handle(c -> Reply.ok(Listing.of(c.page((l, cur) -> users.page(c.tenant(), l, cur)), TeammateView::of))),
                Operation.get("/api/users").tag("team").requires(USERS_MANAGE).summary("List the business's users").paged()
                        .returnsList(UserView.class).handle(c -> Reply.ok(Listing.of(c.page((l, cur) -> users.page(c.tenant(), l, cur)), UserView::of))),
                Operation.post("/api/users").tag("team").requires(USERS_MANAGE).summary("Invite a user (mails a token to choose a password)")
                        .accepts(Invite.class, "{\"email\":\"new.agent@example.com\",\"name\":\"New Agent\",\"role\":\"AGENT\"}")
                        .returns(UserView.class).status(201).handle(this::invite),
                Operation.get("/api/users/{userId}").tag("team").requires(USERS_MANAGE).summary("One user")
                        .returns(UserView.class).handle(c -> Reply.ok(UserView.of(existing(c)))),
                Operation.put("/api/users/{userId}/role").tag("team").requires(USERS_MANAGE).summary("Change a user's role")
                        .accepts(RoleChange.class, "{\"role\":\"MANAGER\"}").returns(UserView.class).handle(this::changeRole),
                Operation.post("/api/users/{userId}/deactivate").tag("team").requires(USERS_MANAGE)
                        .summary("Deactivate a user (sessions end at their next refresh)").returns(UserView.class).handle(this::deactivate));
    }

    private Reply invite(Call call) {
        Invite in = call.body(Invite.class);
        mayAssign(call, in.role());
        roomForOneMore(call);
        User user = User.ofTenant(call.tenant(), UserId.newId(), new Email(in.email()), in.name(), in.role(), hasher.hash(temporaryPassword()));
        if (users.create(user) instanceof UserCreation.EmailTaken) {
            throw ApiProblem.conflict("email_taken", "That email already has an account.");
        }
        accounts.mailInvitation(user);
        audit.record(call, "USER_INVITED", null, UserView.of(user));
        return Reply.created(UserView.of(user));
    }

    /** Checked before the write; two invitations racing for the last seat may both pass (a seat over, never lost data). */
    private void roomForOneMore(Call call) {
        long active = users.list(call.tenant()).stream().filter(User::active).count();
        if (seats.check(call.tenant(), active) instanceof CheckingSeats.Seats.Full full) {
            throw ApiProblem.conflict("plan_user_limit", "Your plan allows " + full.maxUsers()
                    + " active users. Deactivate a user or move to a larger plan to invite another.");
        }
    }

    private Reply changeRole(Call call) {
        User before = existing(call);
        Role role = call.body(RoleChange.class).role();
        mayAssign(call, role);
        notSelf(call, before);
        User after = before.withRole(role);
        users.update(after);
        audit.record(call, "USER_ROLE_CHANGED", UserView.of(before), UserView.of(after));
        return Reply.ok(UserView.of(after));
    }

    private Reply deactivate(Call call) {
        User before = existing(call);
        notSelf(call, before);
        User after = before.deactivated();
        users.update(after);
        audit.record(call, "USER_DEACTIVATED", UserView.of(before), UserView.of(after));
        return Reply.ok(UserView.of(after));
    }

    private User existing(Call call) {
        return users.find(call.tenant(), call.id("userId", UserId::new)).orElseThrow(ApiProblem::notFound);
    }

    private static void mayAssign(Call call, Role role) {
        if (AccessPolicy.mayAssign(call.principal(), AccessRole.valueOf(role.name())) instanceof AccessDecision.Forbidden) {
            throw ApiProblem.forbidden("Your role may not give that role.");
        }
    }

    private static void notSelf(Call call, User user) {
        if (user.id().value().equals(call.actor())) {
            throw ApiProblem.conflict("own_account", "Ask another admin to change your own role or deactivate you.");
        }
    }

    private static String temporaryPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
