package app.parley.billing.application;

import app.parley.billing.application.PaymentProvider.CheckoutCreation;
import app.parley.billing.application.PaymentProvider.CustomerCreation;
import app.parley.billing.model.Invoice;
import app.parley.billing.model.InvoiceStatus;
import app.parley.billing.model.Subscription;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.util.Comparator;
import java.util.Optional;

/**
 * Tenant admin: pays. The oldest unpaid invoice if there is one, else one month of the plan
 * (ending a trial, or reactivating). Creates the provider customer on first use. Works while
 * suspended for non-payment: that is how a suspended tenant comes back.
 */
public final class CheckingOut {
    private final Subscriptions subscriptions;
    private final Invoices invoices;
    private final PaymentProvider provider;

    public CheckingOut(Subscriptions subscriptions, Invoices invoices, PaymentProvider provider) {
        this.subscriptions = subscriptions;
        this.invoices = invoices;
        this.provider = provider;
    }

    public record Payer(String name, String email, String successUrl, String cancelUrl) {}

    public sealed interface CheckoutStart {
        record Started(String sessionId, String url, Money amount) implements CheckoutStart {}
        record NoSubscription(TenantId tenant) implements CheckoutStart {}
        record ProviderFailed(String reason) implements CheckoutStart {}
    }

    public CheckoutStart checkout(TenantId tenant, Payer payer) {
        Optional<Subscription> found = subscriptions.find(tenant);
        if (found.isEmpty()) return new CheckoutStart.NoSubscription(tenant);
        Subscription s = found.get();
        String customer = s.providerCustomerId();
        if (customer == null) {
            switch (provider.createCustomer(tenant, payer.name(), payer.email())) {
                case CustomerCreation.Failed f -> { return new CheckoutStart.ProviderFailed(f.reason()); }
                case CustomerCreation.Created c -> customer = remember(s, c.customerId());
            }
        }
        return start(tenant, customer, payer, s);
    }

    private String remember(Subscription s, String customerId) {
        subscriptions.save(SubscriptionChange.of(s, s.withCustomer(customerId)));
        return customerId;
    }

    private CheckoutStart start(TenantId tenant, String customer, Payer payer, Subscription s) {
        Optional<Invoice> unpaid = invoices.list(tenant).stream().filter(i -> i.status() == InvoiceStatus.ISSUED)
                .min(Comparator.comparing(Invoice::period));
        Money amount = unpaid.map(Invoice::total).orElse(s.monthlyPrice());
        String description = unpaid.map(i -> "Invoice " + i.number().text()).orElse("One month of your Parley plan");
        var checkout = new PaymentProvider.Checkout(tenant, customer, amount, description, unpaid.map(Invoice::period),
                payer.successUrl(), payer.cancelUrl());
        return switch (provider.createCheckout(checkout)) {
            case CheckoutCreation.Created c -> new CheckoutStart.Started(c.sessionId(), c.url(), amount);
            case CheckoutCreation.Failed f -> new CheckoutStart.ProviderFailed(f.reason());
        };
    }
}
