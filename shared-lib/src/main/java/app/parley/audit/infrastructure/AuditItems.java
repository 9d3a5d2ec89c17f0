package app.parley.audit.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.audit.model.AuditEvent;
import app.parley.persistence.ItemBuilder;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.TenantItem;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Audit trails are day partitions ({@code T#t#AUDIT#day} or {@code P#AUDIT#day}), time-ordered,
 * append-only, and kept {@link #RETENTION} (DynamoDB TTL).
 */
final class AuditItems {
    static final java.time.Duration RETENTION = java.time.Duration.ofDays(90);
    private AuditItems() {}

    static LocalDate day(AuditEvent e) { return LocalDate.ofInstant(e.at(), ZoneOffset.UTC); }

    static TenantItem tenantItem(TenantId t, AuditEvent e) {
        return attributes(TenantItem.of(t, Keys.audit(t, day(e)), sort(e)), e);
    }

    static PlatformItem platformItem(AuditEvent e) {
        return attributes(PlatformItem.of(Keys.platformAudit(day(e)), sort(e)), e);
    }

    private static String sort(AuditEvent e) { return Keys.auditEntry(Keys.sortableTime(e.at()), e.id()); }

    private static <B extends ItemBuilder<B>> B attributes(B item, AuditEvent e) {
        return item.with("eventId", e.id()).with("tenantId", e.tenant().map(TenantId::value).orElse(null))
                .with("actor", e.actor()).with("action", e.action()).with("before", e.before()).with("after", e.after())
                .with("at", e.at()).with("origin", e.origin()).expiresAt(e.at().plus(RETENTION));
    }

    static AuditEvent event(Map<String, AttributeValue> i) {
        return new AuditEvent(str(i, "eventId"), Optional.ofNullable(optStr(i, "tenantId")).map(TenantId::new),
                str(i, "actor"), str(i, "action"), optStr(i, "before"), optStr(i, "after"), instant(i, "at"), optStr(i, "origin"));
    }
}
