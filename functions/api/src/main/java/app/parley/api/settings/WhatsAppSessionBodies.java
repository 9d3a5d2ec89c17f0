package app.parley.api.settings;

import app.parley.api.http.Check;
import app.parley.conversation.model.WhatsAppLink;
import app.parley.conversation.model.WhatsAppLoginMethod;
import app.parley.tenancy.model.WhatsAppConnection;
import java.time.Instant;

/** Bodies of the WhatsApp connection screen. */
public final class WhatsAppSessionBodies {
    private WhatsAppSessionBodies() {}

    /** {@code method}: {@code qr}, or {@code pairing_code} with the phone's number in international format, digits only. */
    public record LoginInput(String method, String phoneNumber) {
        public LoginInput {
            Check.that("qr".equals(method) || "pairing_code".equals(method), "method", "is qr or pairing_code.");
            if ("pairing_code".equals(method)) {
                phoneNumber = Check.text("phoneNumber", phoneNumber == null ? null : phoneNumber.replaceAll("[\\s+()-]", ""), 20);
                Check.that(phoneNumber.matches("[0-9]{6,15}"), "phoneNumber",
                        "is the phone's number in international format, 6 to 15 digits (e.g. 351912345678).");
            } else {
                Check.that(phoneNumber == null, "phoneNumber", "is only for method pairing_code.");
            }
        }

        WhatsAppLoginMethod loginMethod() {
            return phoneNumber == null ? new WhatsAppLoginMethod.QrCode() : new WhatsAppLoginMethod.PairingCode(phoneNumber);
        }
    }

    /**
     * @param kind {@code QR} (render {@code value} as a QR code) or {@code PAIRING_CODE} (type {@code value} on the phone)
     * @param expiresAt when the gateway expects WhatsApp to replace the code; poll again before then
     */
    public record LoginCodeView(String kind, String value, Instant expiresAt) {}

    /**
     * @param status CONNECTING, PAIRING (a code is shown), CONNECTED, DISCONNECTED, LOGGED_OUT or BANNED
     * @param loginCode present only while PAIRING
     */
    public record SessionView(String sessionId, String status, String detail, String phoneNumber, LoginCodeView loginCode,
                              Instant updatedAt) {
        static SessionView of(WhatsAppLink link) {
            return new SessionView(link.session().value(), link.status().name(), link.detail(), link.phoneNumber(),
                    link.code().map(c -> new LoginCodeView(c.kind().name(), c.value(), c.expiresAt())).orElse(null), link.updatedAt());
        }
    }

    /** The Cloud API number (mode {@code cloud}) or the unofficial session (mode {@code unofficial}; null before the first login). */
    public record ConnectionView(String mode, String phoneNumberId, String displayPhoneNumber, Boolean accessTokenConfigured,
                                 SessionView session) {
        static ConnectionView of(WhatsAppConnection connection, boolean tokenConfigured, SessionView session) {
            return switch (connection) {
                case WhatsAppConnection.Cloud cloud ->
                        new ConnectionView("cloud", cloud.phoneNumberId(), cloud.displayPhoneNumber(), tokenConfigured, null);
                case WhatsAppConnection.Unofficial u -> new ConnectionView("unofficial", null, null, null, session);
            };
        }
    }
}
