package app.parley.tenancy.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.TenantItem;
import app.parley.tenancy.model.*;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Tenant ↔ items: the profile item in the tenant table and the registry line in the platform table. */
final class TenantItems {
    private TenantItems() {}

    static TenantItem profile(Tenant t) {
        TenantItem item = TenantItem.of(t.id(), Keys.tenantProfile(t.id()), Keys.PROFILE)
                .with("tenantId", t.id().value()).with("slug", t.slug()).with("name", t.name())
                .with("currency", t.currency().getCurrencyCode()).with("timezone", t.timezone().getId())
                .with("locale", t.locale().toLanguageTag())
                .with("about", t.profile().about()).with("address", t.profile().address()).with("phone", t.profile().phone())
                .with("workingHours", t.workingHours().byDay())
                .with("aiEnabled", t.ai().enabled()).with("aiThreshold", Double.toString(t.ai().confidenceThreshold()))
                .with("aiResponseTypes", t.ai().allowedResponseTypes())
                .with("status", t.status().name())
                .with("beforeDeletion", t.lifecycle().beforeDeletion() == null ? null : t.lifecycle().beforeDeletion().name())
                .with("createdAt", t.createdAt()).with("version", t.version());
        return switch (t.whatsapp()) {
            case WhatsAppConnection.Cloud c -> item.with("waMode", "cloud").with("phoneNumberId", c.phoneNumberId())
                    .with("displayPhoneNumber", c.displayPhoneNumber());
            case WhatsAppConnection.Unofficial u -> item.with("waMode", "unofficial");
        };
    }

    static Tenant tenant(Map<String, AttributeValue> i) {
        String before = optStr(i, "beforeDeletion");
        return new Tenant(new TenantId(str(i, "tenantId")), str(i, "slug"), str(i, "name"),
                Currency.getInstance(str(i, "currency")), ZoneId.of(str(i, "timezone")), Locale.forLanguageTag(str(i, "locale")),
                new TenantProfile(optStr(i, "about"), optStr(i, "address"), optStr(i, "phone")),
                new WorkingHours(stringMap(i, "workingHours")), whatsapp(i),
                new AiSettings(flag(i, "aiEnabled"), Double.parseDouble(str(i, "aiThreshold")), strings(i, "aiResponseTypes")),
                new Lifecycle(TenantStatus.valueOf(str(i, "status")), before == null ? null : TenantStatus.valueOf(before)),
                Instant.parse(str(i, "createdAt")), num(i, "version"));
    }

    private static WhatsAppConnection whatsapp(Map<String, AttributeValue> i) {
        return "cloud".equals(str(i, "waMode"))
                ? new WhatsAppConnection.Cloud(str(i, "phoneNumberId"), str(i, "displayPhoneNumber"))
                : new WhatsAppConnection.Unofficial();
    }

    static PlatformItem registry(Tenant t) {
        return PlatformItem.of(Keys.platformTenant(t.id()), Keys.META)
                .listedUnder(Keys.platformTenantList(), t.slug())
                .with("tenantId", t.id().value()).with("slug", t.slug()).with("name", t.name())
                .with("status", t.status().name());
    }

    static TenantSummary summary(Map<String, AttributeValue> i) {
        return new TenantSummary(new TenantId(str(i, "tenantId")), str(i, "slug"), str(i, "name"),
                TenantStatus.valueOf(str(i, "status")));
    }

    static PlatformItem slug(Tenant t) {
        return PlatformItem.of(Keys.platformSlug(t.slug()), Keys.META).with("tenantId", t.id().value());
    }

    static PlatformItem route(TenantId tenant, String phoneNumberId) {
        return PlatformItem.of(Keys.platformPhoneNumber(phoneNumberId), Keys.ROUTE).with("tenantId", tenant.value());
    }
}
