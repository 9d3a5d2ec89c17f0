package app.parley.gateway.cobalt;

import app.parley.gateway.client.SessionState;
import app.parley.gateway.client.StatePart;
import app.parley.gateway.client.StateRead;
import it.auties.whatsapp.api.ClientType;
import it.auties.whatsapp.controller.Controller;
import it.auties.whatsapp.controller.ControllerSerializer;
import it.auties.whatsapp.controller.Keys;
import it.auties.whatsapp.controller.KeysSpec;
import it.auties.whatsapp.controller.Store;
import it.auties.whatsapp.controller.StoreSpec;
import it.auties.whatsapp.model.mobile.PhoneNumber;
import java.util.LinkedList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Cobalt's session serializer for exactly one session: keys and store as Cobalt's own protobuf
 * encoding, sealed and stored through the {@link SessionState} (KMS envelope encryption, blob
 * plus fenced pointer). Asynchronous writes run in order on one virtual thread per session;
 * unchanged objects are not written again.
 */
public final class VaultSerializer implements ControllerSerializer {
    private final UUID uuid;
    private final SessionState state;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("vault-writer").factory());
    private volatile int keysHash;
    private volatile int storeHash;

    public VaultSerializer(UUID uuid, SessionState state) {
        this.uuid = uuid;
        this.state = state;
    }

    @Override
    public LinkedList<UUID> listIds(ClientType type) {
        LinkedList<UUID> ids = new LinkedList<>();
        if (state.load(StatePart.KEYS) instanceof StateRead.Found) ids.add(uuid);
        return ids;
    }

    @Override
    public LinkedList<PhoneNumber> listPhoneNumbers(ClientType type) {
        return new LinkedList<>();
    }

    @Override
    public CompletableFuture<Void> serializeKeys(Keys keys, boolean async) {
        int hash = keys.hashCode();
        if (hash == keysHash) return CompletableFuture.completedFuture(null);
        keysHash = hash;
        return write(() -> state.save(StatePart.KEYS, KeysSpec.encode(keys)), async);
    }

    @Override
    public CompletableFuture<Void> serializeStore(Store store, boolean async) {
        int hash = store.hashCode();
        if (hash == storeHash) return CompletableFuture.completedFuture(null);
        storeHash = hash;
        return write(() -> state.save(StatePart.STORE, StoreSpec.encode(store)), async);
    }

    @Override
    public Optional<Keys> deserializeKeys(ClientType type, UUID id) {
        return read(StatePart.KEYS, KeysSpec::decode);
    }

    @Override
    public Optional<Keys> deserializeKeys(ClientType type, PhoneNumber phoneNumber) {
        return read(StatePart.KEYS, KeysSpec::decode);
    }

    @Override
    public Optional<Keys> deserializeKeys(ClientType type, String alias) {
        return read(StatePart.KEYS, KeysSpec::decode);
    }

    @Override
    public Optional<Store> deserializeStore(ClientType type, UUID id) {
        return read(StatePart.STORE, StoreSpec::decode);
    }

    @Override
    public Optional<Store> deserializeStore(ClientType type, PhoneNumber phoneNumber) {
        return read(StatePart.STORE, StoreSpec::decode);
    }

    @Override
    public Optional<Store> deserializeStore(ClientType type, String alias) {
        return read(StatePart.STORE, StoreSpec::decode);
    }

    @Override
    public void deleteSession(Controller<?> controller) {
        state.erase();
    }

    private <T> Optional<T> read(StatePart part, Function<byte[], T> decode) {
        return switch (state.load(part)) {
            case StateRead.Found found -> Optional.of(decode.apply(found.bytes()));
            case StateRead.Missing ignored -> Optional.empty();
            case StateRead.Refused ignored -> Optional.empty();
        };
    }

    private CompletableFuture<Void> write(Runnable save, boolean async) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(save, writer);
        if (!async) done.join();
        return done;
    }
}
