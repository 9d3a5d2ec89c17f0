package app.parley.billing.application;

import app.parley.billing.model.UsageEvent;

/**
 * Port: hands a usage event to metering (the usage-events queue in the cloud and locally).
 * Publishing the same event id twice is harmless: the ledger counts each id once.
 */
public interface UsagePublisher {
    /** False when the event was not taken; the caller decides whether that may be retried. */
    boolean publish(UsageEvent event);
}
