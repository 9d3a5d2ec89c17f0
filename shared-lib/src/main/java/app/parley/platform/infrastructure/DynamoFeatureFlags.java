package app.parley.platform.infrastructure;

import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.PlatformTable;
import app.parley.platform.application.FeatureFlags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flags as platform items ({@code P#SETTINGS} / {@code FLAG#<name>}), each read at most once per
 * {@code freshness} per container: a change reaches every function within that time.
 */
public final class DynamoFeatureFlags implements FeatureFlags {
    private record Seen(boolean enabled, Instant at) {}

    private final PlatformTable platform;
    private final Duration freshness;
    private final Clock clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    public DynamoFeatureFlags(PlatformTable platform, Duration freshness, Clock clock) {
        this.platform = platform;
        this.freshness = freshness;
        this.clock = clock;
    }

    @Override
    public boolean enabled(String flag) {
        Instant now = clock.instant();
        Seen cached = seen.get(FeatureFlags.checked(flag));
        if (cached != null && cached.at().plus(freshness).isAfter(now)) return cached.enabled();
        boolean enabled = platform.get(Keys.platformSettings(), Keys.platformFlag(flag)).map(i -> Attrs.flag(i, "enabled")).orElse(false);
        seen.put(flag, new Seen(enabled, now));
        return enabled;
    }

    @Override
    public void set(String flag, boolean enabled) {
        platform.put(PlatformItem.of(Keys.platformSettings(), Keys.platformFlag(FeatureFlags.checked(flag))).with("enabled", enabled));
        seen.remove(flag);
    }
}
