package app.parley.conversation.infrastructure;

import static app.parley.persistence.Attrs.optStr;
import static app.parley.persistence.Attrs.s;
import static app.parley.persistence.Attrs.str;

import app.parley.conversation.application.WhatsAppLinks;
import app.parley.conversation.model.SessionId;
import app.parley.conversation.model.SessionStatus;
import app.parley.conversation.model.WhatsAppLink;
import app.parley.conversation.model.WhatsAppLoginMethod;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformTable;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The session record ({@code T#t#WA} / {@code SESSION#id}, the item the gateway's board updates) and
 * the gateway's session registry entry ({@code P#WAGW#SESSIONS} / {@code t#id}), written together.
 */
public final class DynamoWhatsAppLinks implements WhatsAppLinks {
    private final TenantTable tenant;
    private final PlatformTable platform;

    public DynamoWhatsAppLinks(TenantTable tenant, PlatformTable platform) {
        this.tenant = tenant;
        this.platform = platform;
    }

    @Override
    public Optional<WhatsAppLink> current(TenantId t) {
        return tenant.query(t, Keys.whatsAppSessions(t), Keys.session(""), 20, false).stream()
                .map(DynamoWhatsAppLinks::link)
                .max(Comparator.comparing(WhatsAppLink::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    @Override
    public void requestLogin(TenantId t, SessionId session, String requestId, WhatsAppLoginMethod method, Instant at) {
        tenant.transact(t, List.of(sessionRecord(t, session, at), registryEntry(t, session, requestId, method)));
    }

    /** CONNECTING at once; an old code is gone; the keys a new item needs are filled in. */
    private TransactWriteItem sessionRecord(TenantId t, SessionId session, Instant at) {
        String pk = Keys.whatsAppSessions(t);
        String sk = Keys.session(session.value());
        return tenant.updateInTransaction(pk, sk, new Expression(
                "SET #status = :status, statusDetail = :detail, updatedAt = :at, sessionId = :sid, "
                        + "TPK = if_not_exists(TPK, :tpk), TSK = if_not_exists(TSK, :tsk) "
                        + "REMOVE loginCode, loginCodeKind, loginCodeExpiresAt",
                null, Map.of("#status", "status"),
                Map.of(":status", s(SessionStatus.CONNECTING.name()), ":detail", s("login requested"), ":at", s(at.toString()),
                        ":sid", s(session.value()), ":tpk", s(Keys.tenantIndexPartition(t, pk, sk)),
                        ":tsk", s(Keys.tenantIndexSort(pk, sk)))));
    }

    /** The gateway's registry entry: active again, with the login wanted and a new request id. */
    private TransactWriteItem registryEntry(TenantId t, SessionId session, String requestId, WhatsAppLoginMethod method) {
        return TransactWriteItem.builder().update(u -> u.tableName(platform.name())
                .key(TenantTable.key(Keys.platformGatewaySessions(), Keys.gatewaySession(t, session.value())))
                .updateExpression("SET tenant = :tenant, sessionId = :session, active = :true, login = :login, loginId = :loginId")
                .expressionAttributeValues(Map.of(":tenant", s(t.value()), ":session", s(session.value()),
                        ":true", Attrs.flag(true), ":login", s(method.encoded()), ":loginId", s(requestId)))).build();
    }

    private static WhatsAppLink link(Map<String, AttributeValue> item) {
        return new WhatsAppLink(new SessionId(str(item, "sessionId")), SessionStatus.valueOf(str(item, "status")),
                optStr(item, "statusDetail"), optStr(item, "phoneNumber"), code(item),
                item.containsKey("updatedAt") ? Attrs.instant(item, "updatedAt") : null);
    }

    private static WhatsAppLink.LoginCode code(Map<String, AttributeValue> item) {
        String kind = optStr(item, "loginCodeKind");
        if (kind == null) return null;
        String expires = optStr(item, "loginCodeExpiresAt");
        return new WhatsAppLink.LoginCode(WhatsAppLink.LoginCode.Kind.valueOf(kind), str(item, "loginCode"),
                expires == null ? null : Instant.parse(expires));
    }
}
