package app.parley.gateway.lease;

import app.parley.gateway.client.Login;
import java.util.Objects;

/** The login an admin asked for, with an id so a holder notices a new request. */
public record LoginRequest(String requestId, Login login) {
    public LoginRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(login, "login");
    }

    public static LoginRequest resume() {
        return new LoginRequest("resume", new Login.StoredCredentials());
    }

    String encoded() {
        return switch (login) {
            case Login.StoredCredentials ignored -> "RESUME";
            case Login.QrCode ignored -> "QR";
            case Login.PairingCode code -> "PAIRING:" + code.phoneNumber();
        };
    }

    static LoginRequest decode(String requestId, String encoded) {
        if (encoded == null || encoded.equals("RESUME")) return new LoginRequest(requestId == null ? "resume" : requestId, new Login.StoredCredentials());
        if (encoded.equals("QR")) return new LoginRequest(requestId, new Login.QrCode());
        return new LoginRequest(requestId, new Login.PairingCode(encoded.substring("PAIRING:".length())));
    }
}
