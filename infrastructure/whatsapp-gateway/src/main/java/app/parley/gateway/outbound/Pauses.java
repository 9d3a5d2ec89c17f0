package app.parley.gateway.outbound;

import java.time.Duration;

/** Waits that look human (seen, typing). Real time in the service; tests move a clock instead. */
@FunctionalInterface
public interface Pauses {
    void pause(Duration duration);

    static Pauses sleeping() {
        return d -> {
            try {
                Thread.sleep(d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** HUMANLIKE_DELAYS=off: no waiting at all. */
    static Pauses none() {
        return d -> { };
    }
}
