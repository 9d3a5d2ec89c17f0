package app.parley.conversation.application;

import app.parley.conversation.model.SessionId;
import app.parley.conversation.model.WhatsAppSession;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Optional;

public interface WhatsAppSessions {
    void save(WhatsAppSession session);
    Optional<WhatsAppSession> find(TenantId tenant, SessionId id);
    List<WhatsAppSession> list(TenantId tenant);
    boolean remove(TenantId tenant, SessionId id);
}
