package app.parley.auth.model;

public sealed interface UserCreation {
    record Created(User user) implements UserCreation {}
    record EmailTaken(Email email) implements UserCreation {}
}
