package app.parley.api.onboarding;

import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.PlatformTable;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Cancelled businesses waiting out the cooling-off period ({@code P#ERASURES}, listed by due time on GSI1), with the
 * addresses to tell when the erasure happens.
 */
public final class Erasures {
    private final PlatformTable platform;

    public record Due(TenantId tenant, Instant dueAt, List<String> recipients, String sortKey) {}

    public Erasures(PlatformTable platform) { this.platform = platform; }

    public void schedule(TenantId tenant, Instant dueAt, List<String> notify) {
        String sk = Keys.erasureEntry(Keys.sortableTime(dueAt), tenant);
        platform.put(PlatformItem.of(Keys.platformErasures(), sk).listedUnder(Keys.platformErasures(), sk)
                .with("tenantId", tenant.value()).with("dueAt", dueAt).with("notify", notify));
    }

    public List<Due> dueBy(Instant now) {
        return platform.listUpTo(Keys.platformErasures(), Keys.sortableTime(now) + "~", 500).stream()
                .map(i -> platform.get(Attrs.str(i, Keys.PK), Attrs.str(i, Keys.SK))).flatMap(java.util.Optional::stream)
                .map(Erasures::due).toList();
    }

    public void done(Due due) {
        platform.delete(Keys.platformErasures(), due.sortKey());
    }

    private static Due due(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> i) {
        return new Due(new TenantId(Attrs.str(i, "tenantId")), Attrs.instant(i, "dueAt"), Attrs.strings(i, "notify"), Attrs.str(i, Keys.SK));
    }
}
