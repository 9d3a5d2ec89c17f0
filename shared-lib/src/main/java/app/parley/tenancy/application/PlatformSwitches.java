package app.parley.tenancy.application;

/** Platform-wide kill switches, read consistently on every use (no cache). */
public interface PlatformSwitches {
    boolean aiEnabled();

    void switchAi(boolean enabled);
}
