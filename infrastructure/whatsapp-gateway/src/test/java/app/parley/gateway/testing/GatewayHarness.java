package app.parley.gateway.testing;

import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.conversation.model.SessionId;
import app.parley.gateway.client.Login;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.fake.FakeWhatsAppNetwork;
import app.parley.gateway.inbound.ForwardingInbound;
import app.parley.gateway.inbound.InboundQueue;
import app.parley.gateway.lease.DynamoSessionLeases;
import app.parley.gateway.lease.SessionLeases;
import app.parley.gateway.outbound.DynamoSendingSwitches;
import app.parley.gateway.outbound.SendingRules;
import app.parley.gateway.session.AuditedSessionAlerts;
import app.parley.gateway.session.Backoff;
import app.parley.gateway.session.DynamoSessionBoard;
import app.parley.gateway.session.SessionServices;
import app.parley.gateway.session.StartWhatsAppLogin;
import app.parley.gateway.session.StartingWhatsAppLogin;
import app.parley.gateway.session.LoginStart;
import app.parley.gateway.task.GatewayTask;
import app.parley.gateway.task.LeasePolicy;
import app.parley.gateway.vault.EnvelopeCipher;
import app.parley.gateway.vault.FolderBlobStore;
import app.parley.gateway.vault.KmsDataKeys;
import app.parley.gateway.vault.SessionVault;
import app.parley.messaging.model.InboundMessage;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Tables;
import app.parley.tenancy.model.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * Everything real except WhatsApp: DynamoDB Local with the template's tables, KMS on
 * moto_server, blobs in a temporary folder, and the in-process WhatsApp network.
 */
public final class GatewayHarness implements AutoCloseable {
    public final LocalTables dynamo = LocalTables.start();
    public final MotoKms kms = MotoKms.start();
    public final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    public final FakeWhatsAppNetwork network = new FakeWhatsAppNetwork();
    public final List<InboundMessage> inbound = new CopyOnWriteArrayList<>();
    public final Tables tables = dynamo.tables();
    public final Path blobFolder;
    public final FolderBlobStore blobs;
    public final SessionVault vault;
    public final DynamoSessionLeases leases;
    public final DynamoSessionBoard board;
    public final DynamoAuditEvents audit;
    private final SplittableRandom random = new SplittableRandom(42);

    public GatewayHarness() {
        try {
            blobFolder = Files.createTempDirectory("gateway-blobs");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        blobs = new FolderBlobStore(blobFolder);
        vault = new SessionVault(tables.tenant(), blobs, new EnvelopeCipher(new KmsDataKeys(kms.client(), kms.keyId()), clock));
        leases = new DynamoSessionLeases(dynamo.client(), tables.platform());
        board = new DynamoSessionBoard(tables.tenant());
        audit = new DynamoAuditEvents(tables);
    }

    public GatewayTask task(String name) {
        return task(name, UnaryOperator.identity(), Backoff.standard(random.split()));
    }

    public GatewayTask task(String name, UnaryOperator<SessionLeases> leaseView, Backoff backoff) {
        InboundQueue queue = inbound::add;
        var services = new SessionServices(board, new AuditedSessionAlerts(audit), new ForwardingInbound(queue, blobs), backoff, clock);
        return new GatewayTask(name, leaseView.apply(leases), vault, network.clientsFor(name), services,
                new DynamoSendingSwitches(tables.tenant()), SendingRules.standard(), LeasePolicy.standard(), random.split());
    }

    public StartingWhatsAppLogin startingLogin() {
        return new StartingWhatsAppLogin(leases, board, clock);
    }

    /** A new tenant's session with a QR login requested. */
    public SessionRef qrLoginRequested() {
        var started = startingLogin().start(new StartWhatsAppLogin(TenantId.newId(), null, new Login.QrCode()));
        return ((LoginStart.Started) started).session();
    }

    public SessionRef sessionOf(TenantId tenant, SessionId id) {
        return new SessionRef(tenant, id);
    }

    @Override
    public void close() {
        kms.close();
        dynamo.close();
    }
}
