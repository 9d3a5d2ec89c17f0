package app.parley.auth.tokens;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link RefreshTokenStore} in a map: fast tests and single-process use. Each family is updated atomically. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {
    private record Entry(SessionFamily family, Map<String, Boolean> usedByHash) {}

    private final Map<SessionRef, Entry> families = new ConcurrentHashMap<>();

    @Override
    public void open(SessionFamily family, String firstTokenHash) {
        Map<String, Boolean> tokens = new ConcurrentHashMap<>(Map.of(firstTokenHash, false));
        if (families.putIfAbsent(family.ref(), new Entry(family, tokens)) != null) {
            throw new IllegalStateException("session family exists: " + family.ref());
        }
    }

    @Override
    public Optional<SessionFamily> find(SessionRef ref) {
        return Optional.ofNullable(families.get(ref)).map(Entry::family);
    }

    @Override
    public Rotation rotate(SessionRef ref, String presentedHash, String nextHash, Instant now) {
        Rotation[] outcome = {Rotation.NOT_IN_FAMILY};
        families.computeIfPresent(ref, (key, entry) -> {
            outcome[0] = classify(entry, presentedHash);
            if (outcome[0] != Rotation.ROTATED) return entry;
            entry.usedByHash().put(presentedHash, true);
            entry.usedByHash().put(nextHash, false);
            return new Entry(entry.family().refreshedAt(now), entry.usedByHash());
        });
        return outcome[0];
    }

    @Override
    public boolean holds(SessionRef ref, String tokenHash) {
        Entry entry = families.get(ref);
        return entry != null && entry.usedByHash().containsKey(tokenHash);
    }

    @Override
    public void revoke(SessionRef ref, SessionFamily.Status why) {
        families.computeIfPresent(ref, (key, entry) -> new Entry(entry.family().revoked(why), entry.usedByHash()));
    }

    private static Rotation classify(Entry entry, String presentedHash) {
        if (!entry.family().active()) return Rotation.FAMILY_REVOKED;
        Boolean used = entry.usedByHash().get(presentedHash);
        if (used == null) return Rotation.NOT_IN_FAMILY;
        return used ? Rotation.ALREADY_USED : Rotation.ROTATED;
    }
}
