package app.parley.auth.application;

import app.parley.auth.model.AddUser;
import app.parley.auth.model.Email;
import app.parley.auth.model.User;
import app.parley.auth.model.UserCreation;
import app.parley.auth.model.UserId;

public final class AddingUsers {
    private final Users users;

    public AddingUsers(Users users) { this.users = users; }

    public UserCreation add(AddUser c) {
        return users.create(User.ofTenant(c.tenant(), UserId.newId(), new Email(c.email()), c.name(), c.role(), c.passwordHash()));
    }
}
