package app.parley.api.auth;

import app.parley.api.http.Check;

/** Request and response bodies of the auth endpoints. */
public final class AuthBodies {
    private AuthBodies() {}

    public record Login(String email, String password) {
        public Login {
            Check.text("email", email, 254);
            Check.text("password", password, 1024);
        }
    }

    public record Tokens(String accessToken, String refreshToken, long expiresIn) {}

    public record Refresh(String refreshToken) {
        public Refresh { Check.text("refreshToken", refreshToken, 200); }
    }

    public record ChangePassword(String currentPassword, String newPassword) {
        public ChangePassword {
            Check.text("currentPassword", currentPassword, 1024);
            Check.text("newPassword", newPassword, 1024);
        }
    }

    public record ResetRequest(String email) {
        public ResetRequest { Check.text("email", email, 254); }
    }

    public record ResetConfirm(String token, String newPassword) {
        public ResetConfirm {
            Check.text("token", token, 100);
            Check.text("newPassword", newPassword, 1024);
        }
    }

    public record Accepted(String status) {}

    public record Me(String userId, String email, String name, String role, String tenantId) {}
}
