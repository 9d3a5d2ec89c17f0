package app.parley.tenancy.infrastructure;

import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.PlatformTable;
import app.parley.tenancy.application.PlatformSwitches;

/** {@code PK=P#SETTINGS, SK=AI, aiEnabled}; absent means on. */
public final class DynamoPlatformSwitches implements PlatformSwitches {
    private final PlatformTable platform;

    public DynamoPlatformSwitches(PlatformTable platform) { this.platform = platform; }

    @Override
    public boolean aiEnabled() {
        return platform.get(Keys.platformSettings(), Keys.PLATFORM_AI).map(i -> Attrs.flag(i, "aiEnabled")).orElse(true);
    }

    @Override
    public void switchAi(boolean enabled) {
        platform.put(PlatformItem.of(Keys.platformSettings(), Keys.PLATFORM_AI).with("aiEnabled", enabled));
    }
}
