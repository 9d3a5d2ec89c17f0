package app.parley.crm.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.crm.application.Customers;
import app.parley.crm.model.*;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code T#t#CUST#c / META} plus a phone claim {@code T#t#PHONE#<keyed hash of p> / META}; listed in GSI1. */
public final class DynamoCustomers implements Customers {
    private static final int PHONE_CLAIM = 1;
    private final TenantTable table;

    public DynamoCustomers(TenantTable table) { this.table = table; }

    @Override
    public CustomerCreation create(Customer c) {
        TenantItem claim = TenantItem.of(c.tenant(), Keys.customerPhone(c.tenant(), table.lookup(c.tenant(), c.phone())), Keys.META).with("customerId", c.id().value());
        var outcome = table.transact(c.tenant(), List.of(table.putInTransaction(item(c), TenantTable.NEW_ITEM),
                table.putInTransaction(claim, TenantTable.NEW_ITEM)));
        if (outcome.committed()) return new CustomerCreation.Created(c);
        if (outcome.failedAt(PHONE_CLAIM)) {
            return new CustomerCreation.PhoneTaken(findByPhone(c.tenant(), c.phone()).map(Customer::id).orElseThrow());
        }
        throw new IllegalStateException("customer id already taken");
    }

    @Override
    public Optional<Customer> find(TenantId tenant, CustomerId id) {
        return table.get(tenant, Keys.customer(tenant, id.value()), Keys.META).map(i -> customer(tenant, i));
    }

    @Override
    public Optional<Customer> findByPhone(TenantId tenant, String phone) {
        return idByPhone(tenant, phone).flatMap(id -> find(tenant, id));
    }

    @Override
    public Optional<CustomerId> idByPhone(TenantId tenant, String phone) {
        return table.get(tenant, Keys.customerPhone(tenant, table.lookup(tenant, phone)), Keys.META)
                .map(claim -> new CustomerId(str(claim, "customerId")));
    }

    @Override
    public List<Customer> list(TenantId tenant, int limit) {
        return table.list(tenant, Keys.customerList(tenant), limit, false).stream().map(i -> customer(tenant, i)).toList();
    }

    @Override
    public app.parley.common.model.Page<Customer> page(TenantId tenant, int limit, String cursor) {
        return table.listPage(tenant, Keys.customerList(tenant), limit, true, cursor, null, null).toPage(i -> customer(tenant, i));
    }

    @Override
    public app.parley.common.model.Page<Customer> search(TenantId tenant, CustomerSearch search, int limit, String cursor) {
        return table.listMatching(tenant, Keys.customerList(tenant), limit, SEARCH_EXAMINES, true, cursor,
                i -> search.matches(customer(tenant, i))).toPage(i -> customer(tenant, i));
    }

    @Override
    public boolean update(Customer c) {
        return table.putIf(item(c), "phoneLookup = :phone", Map.of(), Map.of(":phone", s(table.lookup(c.tenant(), c.phone()))));
    }

    /** Phone and name are sealed under the tenant's key; {@code phoneLookup} (keyed hash) stands in for the phone in conditions. */
    private TenantItem item(Customer c) {
        return TenantItem.of(c.tenant(), Keys.customer(c.tenant(), c.id().value()), Keys.META)
                .listedUnder(Keys.customerList(c.tenant()), Keys.customerListSort(c.id().value()))
                .with("customerId", c.id().value()).withPersonal("phone", c.phone()).withPersonal("name", c.name())
                .with("phoneLookup", table.lookup(c.tenant(), c.phone()))
                .with("consent", c.consent().name()).with("createdAt", c.createdAt());
    }

    private static Customer customer(TenantId tenant, Map<String, AttributeValue> i) {
        return new Customer(tenant, new CustomerId(str(i, "customerId")), str(i, "phone"), optStr(i, "name"),
                Consent.valueOf(str(i, "consent")), instant(i, "createdAt"));
    }
}
