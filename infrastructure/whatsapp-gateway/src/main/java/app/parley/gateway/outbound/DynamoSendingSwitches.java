package app.parley.gateway.outbound;

import app.parley.gateway.client.SessionRef;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The number's sending item next to its session record. */
public final class DynamoSendingSwitches implements SendingSwitches {
    private final TenantTable table;

    public DynamoSendingSwitches(TenantTable table) {
        this.table = table;
    }

    @Override
    public boolean killed(SessionRef session) {
        return item(session).map(i -> Attrs.flag(i, "killed")).orElse(false);
    }

    @Override
    public void kill(SessionRef session, boolean killed) {
        Instant since = item(session).map(i -> Attrs.instant(i, "linkedSince")).orElse(null);
        table.put(base(session).with("killed", killed).with("linkedSince", since));
    }

    @Override
    public Instant linkedSince(SessionRef session, Instant now) {
        Optional<Instant> known = item(session).map(i -> Attrs.instant(i, "linkedSince"));
        if (known.isPresent() && known.get() != null) return known.get();
        table.put(base(session).with("killed", item(session).map(i -> Attrs.flag(i, "killed")).orElse(false)).with("linkedSince", now));
        return now;
    }

    private Optional<Map<String, AttributeValue>> item(SessionRef session) {
        return table.get(session.tenant(), Keys.whatsAppSessions(session.tenant()), Keys.sessionSending(session.session().value()));
    }

    private static TenantItem base(SessionRef session) {
        return TenantItem.of(session.tenant(), Keys.whatsAppSessions(session.tenant()), Keys.sessionSending(session.session().value()));
    }
}
