package app.parley.tenancy.infrastructure;

import app.parley.common.model.SaveOutcome;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.Tables;
import app.parley.persistence.TenantTable;
import app.parley.persistence.Transaction;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

public final class DynamoTenants implements Tenants {
    private static final int SLUG = 2;
    private static final int ROUTE = 3;
    private final Tables tables;

    public DynamoTenants(Tables tables) { this.tables = tables; }

    @Override
    public TenantRegistration register(Tenant tenant) {
        List<TransactWriteItem> writes = new ArrayList<>(List.of(
                tables.tenant().putInTransaction(TenantItems.profile(tenant), TenantTable.NEW_ITEM),
                tables.platform().putInTransaction(TenantItems.registry(tenant), TenantTable.NEW_ITEM),
                tables.platform().putInTransaction(TenantItems.slug(tenant), TenantTable.NEW_ITEM)));
        if (tenant.whatsapp() instanceof WhatsAppConnection.Cloud cloud) {
            writes.add(tables.platform().putInTransaction(TenantItems.route(tenant.id(), cloud.phoneNumberId()), TenantTable.NEW_ITEM));
        }
        writes.add(onboarded(tenant)); // last: the indices above name the failing claim
        Transaction.Outcome outcome = tables.tenant().transact(tenant.id(), writes);
        if (outcome.committed()) return new TenantRegistration.Registered(tenant);
        if (outcome.failedAt(SLUG)) return new TenantRegistration.SlugTaken(tenant.slug());
        if (outcome.failedAt(ROUTE)) return new TenantRegistration.PhoneNumberTaken(((WhatsAppConnection.Cloud) tenant.whatsapp()).phoneNumberId());
        throw new IllegalStateException("tenant id already registered: " + outcome.reasons());
    }

    /** The platform's daily onboarding counter, written with the registration so each tenant counts once. */
    private TransactWriteItem onboarded(Tenant tenant) {
        var day = java.time.LocalDate.ofInstant(tenant.createdAt(), java.time.ZoneOffset.UTC);
        return tables.platform().updateInTransaction(Keys.platformDaily(day, java.util.concurrent.ThreadLocalRandom.current().nextInt(Keys.USAGE_SHARDS)),
                Keys.COUNTERS, new app.parley.persistence.Expression("ADD #n :one", null,
                        Map.of("#n", app.parley.reports.model.PlatformFigure.TENANTS_REGISTERED.attribute()), Map.of(":one", Attrs.n(1))));
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return tables.tenant().get(id, Keys.tenantProfile(id), Keys.PROFILE).map(TenantItems::tenant);
    }

    /** The tenant of a profile item read elsewhere (the reply gate's batch). */
    public static Tenant tenantOf(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> profile) {
        return TenantItems.tenant(profile);
    }

    @Override
    public Optional<TenantId> idForSlug(String slug) {
        return tables.platform().get(Keys.platformSlug(slug), Keys.META).map(i -> new TenantId(Attrs.str(i, "tenantId")));
    }

    @Override
    public List<TenantSummary> list() {
        return tables.platform().list(Keys.platformTenantList(), Integer.MAX_VALUE).stream().map(TenantItems::summary).toList();
    }

    @Override
    public NumberChange reconnect(Tenant tenant, WhatsAppConnection next) {
        Tenant moved = tenant.withWhatsApp(next).withVersion(tenant.version() + 1);
        List<TransactWriteItem> writes = new ArrayList<>(List.of(
                tables.tenant().putInTransaction(TenantItems.profile(moved), "version = :expected",
                        Map.of(":expected", Attrs.n(tenant.version()))),
                tables.platform().putInTransaction(TenantItems.registry(moved), "attribute_exists(PK)")));
        String before = tenant.whatsapp() instanceof WhatsAppConnection.Cloud c ? c.phoneNumberId() : null;
        String after = next instanceof WhatsAppConnection.Cloud c ? c.phoneNumberId() : null;
        boolean claims = after != null && !after.equals(before);
        if (before != null && !before.equals(after)) {
            writes.add(tables.platform().deleteInTransaction(Keys.platformPhoneNumber(before), Keys.ROUTE));
        }
        if (claims) writes.add(tables.platform().putInTransaction(TenantItems.route(tenant.id(), after), TenantTable.NEW_ITEM));
        Transaction.Outcome outcome = tables.tenant().transact(tenant.id(), writes);
        if (outcome.committed()) return new NumberChange.Changed(moved);
        if (claims && outcome.failedAt(writes.size() - 1)) return new NumberChange.NumberTaken(after);
        return new NumberChange.Stale();
    }

    @Override
    public SaveOutcome<Tenant> update(Tenant tenant) {
        Tenant next = tenant.withVersion(tenant.version() + 1);
        Transaction.Outcome outcome = tables.tenant().transact(tenant.id(), List.of(
                tables.tenant().putInTransaction(TenantItems.profile(next), "version = :expected AND slug = :slug",
                        Map.of(":expected", Attrs.n(tenant.version()), ":slug", Attrs.s(tenant.slug()))),
                tables.platform().putInTransaction(TenantItems.registry(next), "attribute_exists(PK)")));
        return outcome.committed() ? new SaveOutcome.Saved<>(next) : new SaveOutcome.Stale<>();
    }
}
