package app.parley.gateway;

import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.config.Env;
import app.parley.gateway.client.WhatsAppClients;
import app.parley.gateway.cobalt.CobaltWhatsAppClients;
import app.parley.gateway.fake.FakeWhatsAppNetwork;
import app.parley.gateway.inbound.ForwardingInbound;
import app.parley.gateway.inbound.SqsInboundQueue;
import app.parley.gateway.lease.DynamoSessionLeases;
import app.parley.gateway.outbound.DynamoSendingSwitches;
import app.parley.gateway.outbound.MediaFiles;
import app.parley.gateway.outbound.OutboundPoller;
import app.parley.gateway.outbound.Pauses;
import app.parley.gateway.outbound.SendingOutbound;
import app.parley.gateway.outbound.SendingRules;
import app.parley.gateway.session.AuditedSessionAlerts;
import app.parley.gateway.session.Backoff;
import app.parley.gateway.session.DynamoSessionBoard;
import app.parley.gateway.session.SessionServices;
import app.parley.gateway.task.GatewayTask;
import app.parley.gateway.task.LeasePolicy;
import app.parley.gateway.vault.BlobStore;
import app.parley.gateway.vault.EnvelopeCipher;
import app.parley.gateway.vault.FolderBlobStore;
import app.parley.gateway.vault.DataKeys;
import app.parley.gateway.vault.KmsDataKeys;
import app.parley.gateway.vault.LocalDataKeys;
import app.parley.gateway.vault.S3BlobStore;
import app.parley.gateway.vault.SessionVault;
import app.parley.persistence.DynamoClients;
import app.parley.persistence.Tables;
import app.parley.platform.infrastructure.SecretStores;
import app.parley.privacy.infrastructure.TenantCryptos;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The gateway built from the environment (the task definition's variables, or the local stack's overrides). */
public record GatewayWiring(GatewayTask task, Optional<OutboundPoller> outbound) {

    /** WHATSAPP_CLIENT=fake: the in-process network instead of WhatsApp (tests on the local stack); default Cobalt. */
    public static GatewayWiring fromEnvironment() {
        String taskId = Env.get("TASK_ID", "task-" + UUID.randomUUID());
        WhatsAppClients clients = "fake".equalsIgnoreCase(Env.get("WHATSAPP_CLIENT", "cobalt"))
                ? FakeWhatsAppNetwork.local().clientsFor(taskId) : new CobaltWhatsAppClients();
        return fromEnvironment(clients, taskId);
    }

    public static GatewayWiring fromEnvironment(WhatsAppClients clients, String taskId) {
        Clock clock = Clock.systemUTC();
        RandomGenerator random = new SecureRandom();
        var dynamo = DynamoClients.shared();
        Tables tables = Tables.fromEnvironment(TenantCryptos.fromEnvironment());
        SqsClient sqs = AwsClients.sqs();
        BlobStore blobs = blobs();
        var cipher = new EnvelopeCipher(dataKeys(), clock);
        var vault = new SessionVault(tables.tenant(), blobs, cipher);
        var leases = new DynamoSessionLeases(dynamo, tables.platform());
        var alerts = new AuditedSessionAlerts(new DynamoAuditEvents(tables));
        var inbound = new ForwardingInbound(new SqsInboundQueue(sqs, Env.require("INBOUND_QUEUE_URL")), blobs);
        var services = new SessionServices(new DynamoSessionBoard(tables.tenant()), alerts, inbound, Backoff.standard(random), clock);
        var switches = new DynamoSendingSwitches(tables.tenant());
        var task = new GatewayTask(taskId, leases, vault, clients, services,
                switches, SendingRules.standard(), LeasePolicy.standard(), random);
        Pauses pauses = "off".equalsIgnoreCase(Env.get("HUMANLIKE_DELAYS", "on")) ? Pauses.none() : Pauses.sleeping();
        var sending = new SendingOutbound(task, switches, new MediaFiles(HttpClient.newHttpClient(), blobs), alerts, pauses, clock);
        Optional<OutboundPoller> poller = Env.find("GATEWAY_OUTBOUND_QUEUE_URL").map(url -> new OutboundPoller(sqs, url, sending, clock));
        return new GatewayWiring(task, poller);
    }

    /** KMS key SESSION_KEY_ID; on the local stack (SECRETS_BACKEND=local, no KMS) a master key in its secret store. */
    private static DataKeys dataKeys() {
        if (Env.find("SESSION_KEY_ID").isEmpty() && "local".equals(Env.get("SECRETS_BACKEND", "aws"))) {
            return LocalDataKeys.in(SecretStores.fromEnvironment());
        }
        return new KmsDataKeys(AwsClients.kms(), Env.require("SESSION_KEY_ID"));
    }

    private static BlobStore blobs() {
        return Env.find("SESSION_BUCKET").<BlobStore>map(bucket -> new S3BlobStore(AwsClients.s3(), bucket))
                .orElseGet(() -> new FolderBlobStore(Path.of(Env.get("SESSION_DIR", "gateway-data"))));
    }
}
