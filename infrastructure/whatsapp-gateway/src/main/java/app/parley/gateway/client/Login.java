package app.parley.gateway.client;

import java.util.Objects;

/** How a session proves who it is when it connects. */
public sealed interface Login {
    /** Resume with the keys stored after an earlier login: no QR scan. */
    record StoredCredentials() implements Login {}

    /** Show a QR code that the phone's "Linked devices" screen scans. */
    record QrCode() implements Login {}

    /** Link by typing an 8-character code on the phone with this number (digits only). */
    record PairingCode(String phoneNumber) implements Login {
        public PairingCode {
            Objects.requireNonNull(phoneNumber, "phoneNumber");
            if (!phoneNumber.matches("[0-9]{6,15}")) throw new IllegalArgumentException("a phone number is 6 to 15 digits");
        }
    }
}
