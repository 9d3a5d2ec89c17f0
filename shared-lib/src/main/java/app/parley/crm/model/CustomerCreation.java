package app.parley.crm.model;

public sealed interface CustomerCreation {
    record Created(Customer customer) implements CustomerCreation {}
    record PhoneTaken(CustomerId existing) implements CustomerCreation {}
}
