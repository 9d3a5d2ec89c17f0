package app.parley.auth.application;

import app.parley.auth.model.Email;
import app.parley.auth.model.User;
import app.parley.auth.model.UserCreation;
import app.parley.auth.model.UserId;
import app.parley.common.model.Page;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Optional;

public interface Users {
    /** The user and its platform-wide email claim, together or not at all. */
    UserCreation create(User user);

    Optional<User> find(TenantId tenant, UserId id);

    List<User> list(TenantId tenant);

    Page<User> page(TenantId tenant, int limit, String cursor);

    Optional<User> findPlatformUser(UserId id);

    /** Login lookup across the platform. */
    Optional<User> findByEmail(Email email);

    /** Replaces name, role, hash and active flag of an existing user; the email stays. False when no such user. */
    boolean update(User user);
}
