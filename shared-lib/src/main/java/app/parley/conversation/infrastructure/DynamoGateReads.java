package app.parley.conversation.infrastructure;

import app.parley.billing.infrastructure.DynamoSubscriptions;
import app.parley.conversation.application.CustomerState;
import app.parley.conversation.application.GateReads;
import app.parley.crm.model.CustomerId;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantTable;
import app.parley.privacy.infrastructure.DynamoContactSwitches;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The gate's tenant items in one strongly consistent BatchGetItem: the profile ({@code TENANT/PROFILE}),
 * the subscription ({@code BILLING/SUBSCRIPTION}), the tenant's flood pause ({@code TENANT/FLAG#INBOUND_FLOOD})
 * and the customer's switches ({@code CUST#c/SWITCHES}); four GetItems before.
 */
public final class DynamoGateReads implements GateReads {
    private final TenantTable table;

    public DynamoGateReads(TenantTable table) { this.table = table; }

    @Override
    public Reading read(TenantId t, Optional<CustomerId> customer) {
        String profile = Keys.tenantProfile(t), billing = Keys.billing(t);
        List<Map<String, AttributeValue>> keys = new ArrayList<>(List.of(TenantTable.key(profile, Keys.PROFILE),
                TenantTable.key(billing, Keys.SUBSCRIPTION), TenantTable.key(profile, Keys.INBOUND_FLOOD)));
        customer.ifPresent(c -> keys.add(TenantTable.key(Keys.customer(t, c.value()), Keys.CONTACT_SWITCHES)));
        Map<String, Map<String, AttributeValue>> items = table.getAll(t, keys);
        var switches = customer.map(c -> items.get(TenantTable.keyOf(Keys.customer(t, c.value()), Keys.CONTACT_SWITCHES)))
                .map(DynamoContactSwitches::stateOf);
        var tenantPause = Optional.ofNullable(items.get(TenantTable.keyOf(profile, Keys.INBOUND_FLOOD)))
                .flatMap(DynamoContactSwitches::pausedUntilOf);
        return new Reading(Optional.ofNullable(items.get(TenantTable.keyOf(profile, Keys.PROFILE))).map(DynamoTenants::tenantOf),
                Optional.ofNullable(items.get(TenantTable.keyOf(billing, Keys.SUBSCRIPTION))).map(i -> DynamoSubscriptions.subscriptionOf(i, t)),
                new CustomerState(switches.map(s -> s.optedOut()).orElse(false), switches.flatMap(s -> s.pausedUntil()), tenantPause));
    }
}
