package app.parley.billing.model;

import app.parley.common.model.Ids;

/** A plan's identity: {@code plan_} and a ULID. */
public record PlanId(String value) {
    public PlanId { Ids.require("plan", value, "plan"); }

    public static PlanId newId() { return new PlanId(Ids.next("plan")); }

    @Override public String toString() { return value; }
}
