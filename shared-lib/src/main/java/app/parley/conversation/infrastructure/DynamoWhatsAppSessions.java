package app.parley.conversation.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.conversation.application.WhatsAppSessions;
import app.parley.conversation.model.SessionId;
import app.parley.conversation.model.SessionStatus;
import app.parley.conversation.model.WhatsAppSession;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public final class DynamoWhatsAppSessions implements WhatsAppSessions {
    private final TenantTable table;

    public DynamoWhatsAppSessions(TenantTable table) { this.table = table; }

    @Override
    public void save(WhatsAppSession s) {
        table.put(TenantItem.of(s.tenant(), Keys.whatsAppSessions(s.tenant()), Keys.session(s.id().value()))
                .with("sessionId", s.id().value()).with("phoneNumber", s.phoneNumber()).with("status", s.status().name())
                .with("encryptedState", s.encryptedState()).with("updatedAt", s.updatedAt()));
    }

    @Override
    public Optional<WhatsAppSession> find(TenantId tenant, SessionId id) {
        return table.get(tenant, Keys.whatsAppSessions(tenant), Keys.session(id.value())).map(i -> session(tenant, i));
    }

    @Override
    public List<WhatsAppSession> list(TenantId tenant) {
        return table.query(tenant, Keys.whatsAppSessions(tenant), Keys.session(""), Integer.MAX_VALUE, false).stream()
                .map(i -> session(tenant, i)).toList();
    }

    @Override
    public boolean remove(TenantId tenant, SessionId id) {
        return table.delete(tenant, Keys.whatsAppSessions(tenant), Keys.session(id.value()));
    }

    private static WhatsAppSession session(TenantId tenant, Map<String, AttributeValue> i) {
        return new WhatsAppSession(tenant, new SessionId(str(i, "sessionId")), optStr(i, "phoneNumber"),
                SessionStatus.valueOf(str(i, "status")), optStr(i, "encryptedState"), instant(i, "updatedAt"));
    }
}
