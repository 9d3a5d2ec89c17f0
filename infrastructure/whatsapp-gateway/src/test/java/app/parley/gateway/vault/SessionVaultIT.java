package app.parley.gateway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.conversation.model.SessionId;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.client.StatePart;
import app.parley.gateway.client.StateRead;
import app.parley.gateway.cobalt.CobaltWhatsAppClients;
import app.parley.gateway.cobalt.VaultSerializer;
import app.parley.gateway.testing.GatewayHarness;
import app.parley.persistence.Keys;
import app.parley.tenancy.model.TenantId;
import it.auties.whatsapp.api.ClientType;
import it.auties.whatsapp.controller.KeysSpec;
import it.auties.whatsapp.controller.StoreSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionVaultIT {
    static GatewayHarness harness;

    @BeforeAll static void start() { harness = new GatewayHarness(); }
    @AfterAll static void stop() { harness.close(); }

    @Test
    void what_is_stored_at_rest_contains_no_plaintext_byte_run() {
        SessionRef session = newSession();
        byte[] secret = "noise-private-key:0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        assertThat(harness.vault.save(session, StatePart.KEYS, secret, 1)).isTrue();

        byte[] atRest = harness.blobs.get(Keys.sessionStateBlob(session.tenant(), session.session().value(), 1, "keys.bin")).orElseThrow();
        assertThat(containsRun(atRest, secret, 8)).as("no 8-byte run of the plaintext at rest").isFalse();
        assertThat(opened(harness.vault.load(session, StatePart.KEYS))).isEqualTo(secret);
    }

    @Test
    void a_blob_sealed_under_another_tenants_data_key_is_refused() {
        SessionRef victim = newSession();
        SessionRef other = newSession();
        harness.vault.save(victim, StatePart.KEYS, "victim keys".getBytes(StandardCharsets.UTF_8), 1);
        harness.vault.save(other, StatePart.KEYS, "other keys".getBytes(StandardCharsets.UTF_8), 1);
        String victimBlob = Keys.sessionStateBlob(victim.tenant(), victim.session().value(), 1, "keys.bin");
        byte[] victimSealed = harness.blobs.get(victimBlob).orElseThrow();
        byte[] otherSealed = harness.blobs.get(Keys.sessionStateBlob(other.tenant(), other.session().value(), 1, "keys.bin")).orElseThrow();

        harness.blobs.put(victimBlob, withDataKeyOf(otherSealed, victimSealed));
        assertThat(harness.vault.load(victim, StatePart.KEYS)).isInstanceOf(StateRead.Refused.class);

        harness.blobs.put(victimBlob, otherSealed);
        assertThat(harness.vault.load(victim, StatePart.KEYS)).as("another tenant's whole blob").isInstanceOf(StateRead.Refused.class);
    }

    @Test
    void a_holder_with_an_older_fence_cannot_overwrite_the_new_holders_state() {
        SessionRef session = newSession();
        assertThat(harness.vault.save(session, StatePart.KEYS, bytes("new holder"), 5)).isTrue();
        assertThat(harness.vault.save(session, StatePart.KEYS, bytes("old holder"), 4)).isFalse();
        assertThat(opened(harness.vault.load(session, StatePart.KEYS))).isEqualTo(bytes("new holder"));
    }

    @Test
    void real_cobalt_keys_and_store_round_trip_through_the_serializer() {
        SessionRef session = newSession();
        UUID uuid = CobaltWhatsAppClients.uuidOf(session);
        var keys = it.auties.whatsapp.controller.Keys.of(uuid, null, null, ClientType.WEB);
        var store = it.auties.whatsapp.controller.Store.of(uuid, null, null, ClientType.WEB);
        store.setName("Parley Test");
        var serializer = new VaultSerializer(uuid, harness.vault.bind(session, 1));
        serializer.serializeKeys(keys, false).join();
        serializer.serializeStore(store, false).join();

        var restarted = new VaultSerializer(uuid, harness.vault.bind(session, 2));
        var pair = restarted.deserializeStoreKeysPair(uuid, null, null, ClientType.WEB).orElseThrow();
        assertThat(pair.keys().registrationId()).isEqualTo(keys.registrationId());
        assertThat(pair.keys().noiseKeyPair().privateKey()).isEqualTo(keys.noiseKeyPair().privateKey());
        assertThat(pair.keys().identityKeyPair().publicKey()).isEqualTo(keys.identityKeyPair().publicKey());
        assertThat(KeysSpec.encode(pair.keys())).isEqualTo(KeysSpec.encode(keys));
        assertThat(pair.store().name()).isEqualTo("Parley Test");
        assertThat(StoreSpec.encode(pair.store())).isEqualTo(StoreSpec.encode(store));

        byte[] atRest = harness.blobs.get(Keys.sessionStateBlob(session.tenant(), session.session().value(), 1, "keys.bin")).orElseThrow();
        assertThat(containsRun(atRest, keys.noiseKeyPair().privateKey(), 8)).isFalse();
    }

    private static SessionRef newSession() {
        return new SessionRef(TenantId.newId(), SessionId.newId());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] opened(StateRead read) {
        assertThat(read).isInstanceOf(StateRead.Found.class);
        return ((StateRead.Found) read).bytes();
    }

    /** The victim's IV and ciphertext behind the other tenant's encrypted data key. */
    private static byte[] withDataKeyOf(byte[] donor, byte[] victim) {
        int donorKey = ByteBuffer.wrap(donor, 4, 2).getShort();
        int victimKey = ByteBuffer.wrap(victim, 4, 2).getShort();
        byte[] header = Arrays.copyOfRange(donor, 0, 6 + donorKey);
        byte[] rest = Arrays.copyOfRange(victim, 6 + victimKey, victim.length);
        return ByteBuffer.allocate(header.length + rest.length).put(header).put(rest).array();
    }

    private static boolean containsRun(byte[] haystack, byte[] plaintext, int run) {
        String hay = HexFormat.of().formatHex(haystack);
        for (int i = 0; i + run <= plaintext.length; i++) {
            String needle = HexFormat.of().formatHex(Arrays.copyOfRange(plaintext, i, i + run));
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                if (at % 2 == 0) return true;
            }
        }
        return false;
    }
}
