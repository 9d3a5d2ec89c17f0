package app.parley.gateway.session;

import static app.parley.persistence.Attrs.n;
import static app.parley.persistence.Attrs.s;

import app.parley.conversation.model.SessionStatus;
import app.parley.gateway.client.SessionRef;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantTable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Updates the shared WhatsAppSession item in place, keeping the attributes the shared repository reads. */
public final class DynamoSessionBoard implements SessionBoard {
    private static final String FENCED = "attribute_not_exists(statusFence) OR statusFence <= :fence";
    private final TenantTable table;

    public DynamoSessionBoard(TenantTable table) {
        this.table = table;
    }

    @Override
    public void loginRequested(SessionRef session, Instant at) {
        write(session, "SET #status = :status, statusDetail = :detail REMOVE loginCode, loginCodeKind, loginCodeExpiresAt", null,
                Map.of(":status", s(SessionStatus.CONNECTING.name()), ":detail", s("login requested")), at);
    }

    @Override
    public void status(SessionRef session, long fence, SessionStatus status, String detail, Instant at) {
        String remove = status == SessionStatus.PAIRING ? "" : " REMOVE loginCode, loginCodeKind, loginCodeExpiresAt";
        write(session, "SET #status = :status, statusDetail = :detail, statusFence = :fence" + remove, FENCED,
                Map.of(":status", s(status.name()), ":detail", s(detail), ":fence", n(fence)), at);
    }

    @Override
    public void loginCode(SessionRef session, long fence, LoginCode code, Instant at) {
        write(session, "SET #status = :status, loginCode = :code, loginCodeKind = :kind, loginCodeExpiresAt = :expires, "
                        + "statusFence = :fence", FENCED,
                Map.of(":status", s(SessionStatus.PAIRING.name()), ":code", s(code.value()), ":kind", s(code.kind().name()),
                        ":expires", s(at.plus(code.kind().lifetime()).toString()), ":fence", n(fence)), at);
    }

    @Override
    public void linked(SessionRef session, long fence, String phoneNumber, Instant at) {
        write(session, "SET phoneNumber = :phone, statusFence = :fence", FENCED,
                Map.of(":phone", s(phoneNumber), ":fence", n(fence)), at);
    }

    @Override
    public Optional<SessionView> find(SessionRef session) {
        return table.get(session.tenant(), Keys.whatsAppSessions(session.tenant()), Keys.session(session.session().value()))
                .map(item -> new SessionView(SessionStatus.valueOf(Attrs.str(item, "status")), Attrs.optStr(item, "statusDetail"),
                        Attrs.optStr(item, "phoneNumber"), code(item), Attrs.instant(item, "updatedAt")));
    }

    private static LoginCode code(Map<String, AttributeValue> item) {
        String kind = Attrs.optStr(item, "loginCodeKind");
        return kind == null ? null : new LoginCode(LoginCode.Kind.valueOf(kind), Attrs.str(item, "loginCode"));
    }

    /** SET also fills the keys a new item needs, so the first write may create the record. */
    private void write(SessionRef session, String update, String condition, Map<String, AttributeValue> values, Instant at) {
        String pk = Keys.whatsAppSessions(session.tenant());
        String sk = Keys.session(session.session().value());
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":at", s(at.toString()));
        all.put(":sid", s(session.session().value()));
        all.put(":tpk", s(Keys.tenantIndexPartition(session.tenant(), pk, sk)));
        all.put(":tsk", s(Keys.tenantIndexSort(pk, sk)));
        String withKeys = update.replaceFirst("SET ", "SET updatedAt = :at, sessionId = :sid, "
                + "TPK = if_not_exists(TPK, :tpk), TSK = if_not_exists(TSK, :tsk), ");
        table.update(session.tenant(), pk, sk, new Expression(withKeys, condition,
                withKeys.contains("#status") ? Map.of("#status", "status") : Map.of(), all));
    }
}
