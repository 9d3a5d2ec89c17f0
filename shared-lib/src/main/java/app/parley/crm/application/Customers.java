package app.parley.crm.application;

import app.parley.crm.model.Customer;
import app.parley.crm.model.CustomerCreation;
import app.parley.crm.model.CustomerId;
import app.parley.crm.model.CustomerSearch;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Optional;

public interface Customers {
    /** The customer and its phone claim together; a second customer with that phone is refused. */
    CustomerCreation create(Customer customer);

    Optional<Customer> find(TenantId tenant, CustomerId id);

    Optional<Customer> findByPhone(TenantId tenant, String phone);

    /** The id of the customer with this phone, from the phone claim alone (one read instead of two). */
    Optional<CustomerId> idByPhone(TenantId tenant, String phone);

    List<Customer> list(TenantId tenant, int limit);

    /** One page of the tenant's customers, in id (creation) order, newest first. */
    app.parley.common.model.Page<Customer> page(TenantId tenant, int limit, String cursor);

    /**
     * The customers a search finds, newest first, up to {@code limit} per page; names and phones are sealed, so each
     * page examines at most {@link #SEARCH_EXAMINES} customers and may come back short with a cursor to search on.
     */
    app.parley.common.model.Page<Customer> search(TenantId tenant, CustomerSearch search, int limit, String cursor);

    int SEARCH_EXAMINES = 1000;

    /** Name and consent of an existing customer; the phone stays. False when there is no such customer. */
    boolean update(Customer customer);
}
