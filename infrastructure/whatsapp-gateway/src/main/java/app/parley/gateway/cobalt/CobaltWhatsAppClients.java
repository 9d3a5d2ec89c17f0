package app.parley.gateway.cobalt;

import app.parley.gateway.client.SessionRef;
import app.parley.gateway.client.SessionState;
import app.parley.gateway.client.WhatsAppClient;
import app.parley.gateway.client.WhatsAppClients;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Real WhatsApp Web clients. Cobalt's session uuid is derived from the session id, so it is stable across tasks. */
public final class CobaltWhatsAppClients implements WhatsAppClients {
    @Override
    public WhatsAppClient open(SessionRef session, SessionState state) {
        UUID uuid = uuidOf(session);
        return new CobaltWhatsAppClient(uuid, new VaultSerializer(uuid, state));
    }

    public static UUID uuidOf(SessionRef session) {
        return UUID.nameUUIDFromBytes(session.toString().getBytes(StandardCharsets.UTF_8));
    }
}
