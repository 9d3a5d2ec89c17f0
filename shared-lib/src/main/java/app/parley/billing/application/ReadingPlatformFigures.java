package app.parley.billing.application;

import app.parley.billing.model.PlatformFigures;

/** Super admin: MRR, trial conversion, churn and revenue per tenant, from maintained counters. */
public final class ReadingPlatformFigures {
    private final BillingFigures figures;

    public ReadingPlatformFigures(BillingFigures figures) { this.figures = figures; }

    public PlatformFigures read() { return figures.read(); }
}
