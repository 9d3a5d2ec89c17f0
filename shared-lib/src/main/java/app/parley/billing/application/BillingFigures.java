package app.parley.billing.application;

import app.parley.billing.model.PlatformFigures;

/** The figure counters and revenue lines that subscription changes maintain. */
public interface BillingFigures {
    PlatformFigures read();
}
