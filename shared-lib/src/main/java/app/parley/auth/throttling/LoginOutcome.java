package app.parley.auth.throttling;

import app.parley.auth.access.Principal;
import java.time.Duration;

/** What a login attempt came to. Unknown email, wrong password and disabled user all look the same. */
public sealed interface LoginOutcome {
    record Authenticated(Principal principal) implements LoginOutcome {}

    record BadCredentials() implements LoginOutcome {}

    record Throttled(Duration retryAfter) implements LoginOutcome {}
}
