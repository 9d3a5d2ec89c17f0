package app.parley.privacy.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.crm.model.Consent;
import app.parley.crm.model.CustomerId;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.privacy.application.ContactSwitches;
import app.parley.privacy.model.ConsentChange;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Under the customer's partition: {@code SWITCHES} (opted out, paused until), {@code CONSENT#<time>#<id>}
 * (history) and {@code RATE#<minute>} counters; the tenant's per-minute counters {@code INRATE#<minute>}
 * and its flood pause under its profile. Counters expire after a day (TTL).
 */
public final class DynamoContactSwitches implements ContactSwitches {
    private final TenantTable table;

    public DynamoContactSwitches(TenantTable table) {
        this.table = table;
    }

    @Override
    public void record(ConsentChange c) {
        String pk = Keys.customer(c.tenant(), c.customer().value());
        table.put(TenantItem.of(c.tenant(), pk, Keys.consentEntry(Keys.sortableTime(c.at()), c.changeId()))
                .with("changeId", c.changeId()).with("consent", c.consent().name()).with("at", c.at())
                .with("source", c.source()).with("keyword", c.keyword()).with("evidence", c.evidence()));
        update(c.tenant(), pk, Keys.CONTACT_SWITCHES, "SET optedOut = :out", Map.of(":out", flag(c.consent() == Consent.WITHDRAWN)));
    }

    @Override
    public List<ConsentChange> history(TenantId tenant, CustomerId customer) {
        return table.query(tenant, Keys.customer(tenant, customer.value()), "CONSENT#", 1000, false).stream()
                .map(i -> new ConsentChange(tenant, customer, str(i, "changeId"), Consent.valueOf(str(i, "consent")),
                        instant(i, "at"), str(i, "source"), optStr(i, "keyword"), optStr(i, "evidence")))
                .toList();
    }

    @Override
    public State state(TenantId tenant, CustomerId customer) {
        return table.get(tenant, Keys.customer(tenant, customer.value()), Keys.CONTACT_SWITCHES)
                .map(DynamoContactSwitches::stateOf).orElse(State.OPEN);
    }

    /** The customer's {@code SWITCHES} item as a state (also read in the reply gate's batch). */
    public static State stateOf(Map<String, AttributeValue> i) {
        return new State(i.containsKey("optedOut") && flag(i, "optedOut"), pausedUntilOf(i));
    }

    /** {@code pausedUntil} of a {@code SWITCHES} or {@code FLAG#INBOUND_FLOOD} item. */
    public static Optional<Instant> pausedUntilOf(Map<String, AttributeValue> i) {
        return Optional.ofNullable(optStr(i, "pausedUntil")).map(Instant::parse);
    }

    @Override
    public long countInbound(TenantId tenant, CustomerId customer, String minute, Instant expiresAt) {
        return count(tenant, Keys.customer(tenant, customer.value()), Keys.inboundRate(minute), expiresAt);
    }

    @Override
    public long countInbound(TenantId tenant, String minute, Instant expiresAt) {
        return count(tenant, Keys.tenantInboundRate(tenant, minute), Keys.COUNTERS, expiresAt);
    }

    @Override
    public void pause(TenantId tenant, CustomerId customer, Instant until) {
        update(tenant, Keys.customer(tenant, customer.value()), Keys.CONTACT_SWITCHES, "SET pausedUntil = :until",
                Map.of(":until", s(until.toString())));
    }

    @Override
    public void pause(TenantId tenant, Instant until) {
        update(tenant, Keys.tenantProfile(tenant), Keys.INBOUND_FLOOD, "SET pausedUntil = :until", Map.of(":until", s(until.toString())));
    }

    @Override
    public Optional<Instant> tenantPausedUntil(TenantId tenant) {
        return table.get(tenant, Keys.tenantProfile(tenant), Keys.INBOUND_FLOOD).flatMap(DynamoContactSwitches::pausedUntilOf);
    }

    private long count(TenantId tenant, String pk, String sk, Instant expiresAt) {
        return update(tenant, pk, sk, "ADD hits :one SET " + Keys.EXPIRES_AT + " = :exp",
                Map.of(":one", n(1), ":exp", n(expiresAt.getEpochSecond())))
                .map(i -> num(i, "hits")).orElse(0L);
    }

    /** An upsert that also sets the ByTenant index keys, so export and hard delete find the item. */
    private Optional<Map<String, AttributeValue>> update(TenantId tenant, String pk, String sk, String set, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new java.util.HashMap<>(values);
        all.put(":tpk", Attrs.s(Keys.tenantIndexPartition(tenant, pk, sk)));
        all.put(":tsk", Attrs.s(Keys.tenantIndexSort(pk, sk)));
        String expression = set.startsWith("SET ") ? set + ", TPK = :tpk, TSK = :tsk"
                : set.replace(" SET ", " SET TPK = :tpk, TSK = :tsk, ");
        return table.update(tenant, pk, sk, new Expression(expression, null, Map.of(), all));
    }
}
