package app.parley.tenancy.model;

/** What moving a tenant to another WhatsApp connection came to. */
public sealed interface NumberChange {
    record Changed(Tenant tenant) implements NumberChange {}
    /** Another tenant routes this Cloud API number already. */
    record NumberTaken(String phoneNumberId) implements NumberChange {}
    /** Someone else changed the tenant meanwhile. */
    record Stale() implements NumberChange {}
}
