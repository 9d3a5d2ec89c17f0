package app.parley.conversation.model;

import java.util.Objects;

/**
 * How a tenant admin links the business's phone to the unofficial gateway. {@link #encoded()} is
 * the form the gateway reads from its session registry ({@code P#WAGW#SESSIONS}, attribute {@code login}).
 */
public sealed interface WhatsAppLoginMethod {
    String encoded();

    /** The gateway shows a QR code that the phone's "Linked devices" screen scans. */
    record QrCode() implements WhatsAppLoginMethod {
        @Override
        public String encoded() { return "QR"; }
    }

    /** The gateway shows an 8-character code the admin types on the phone with this number (digits only). */
    record PairingCode(String phoneNumber) implements WhatsAppLoginMethod {
        public PairingCode {
            Objects.requireNonNull(phoneNumber, "phoneNumber");
            if (!phoneNumber.matches("[0-9]{6,15}")) throw new IllegalArgumentException("a phone number is 6 to 15 digits");
        }

        @Override
        public String encoded() { return "PAIRING:" + phoneNumber; }
    }
}
