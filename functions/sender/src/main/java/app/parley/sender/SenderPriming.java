package app.parley.sender;

import app.parley.messaging.application.QueueItem;
import app.parley.messaging.infrastructure.SqsRecords;
import app.parley.messaging.model.DeliveryStatus;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.OutboundMessage;
import app.parley.messaging.model.StatusReport;
import app.parley.messaging.model.StatusUpdate;
import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import app.parley.snapstart.StartUp;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.model.TenantId;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Instant;
import java.util.List;

/**
 * Before the snapshot: the SDK paths (tables, queue visibility), reading the sample outbound.fifo batch and a status report
 * of the status queue; nothing is sent or settled.
 */
final class SenderPriming {
    private SenderPriming() {}

    static Priming register() {
        CannedAwsHttp http = new CannedAwsHttp();
        return Priming.register("sender",
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("sqs", () -> SdkPriming.sqs(http)),
                Priming.step("read batch", SenderPriming::readSampleBatch),
                Priming.step("read status", SenderPriming::readSampleStatus));
    }

    /** On a second thread while the wiring is built: TLS, reading the batch, then the SDK paths once the clients' classes are in, and the Encryption SDK the first
     * personal data sealed or opened needs. */
    static void startAlongside() {
        CannedAwsHttp http = new CannedAwsHttp();
        StartUp.alongside("sender", StartUp.tls(), Priming.step("read batch", SenderPriming::readSampleBatch),
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("encryption sdk", TenantCryptos::loadEncryptionSdk),
                Priming.step("sqs", () -> SdkPriming.sqs(http)));
    }

    /** A status report as the status queue carries it, written and read back as the settling path reads it; nothing is settled. */
    static void readSampleStatus() {
        StatusReport sample = new StatusReport(new TenantId("t_01J9Z8Q7W6E5R4T3Y2X1H0P9AB"), "106540352242922",
                new StatusUpdate("wamid.priming", DeliveryStatus.DELIVERED, "15550002222", Instant.EPOCH, List.of(), "parley:out_priming"));
        Envelopes.fromJson(Envelopes.toJson(sample), StatusReport.class);
    }

    static void readSampleBatch() {
        List<QueueItem> items = SqsRecords.items(EventFixtures.read(SenderPriming.class, EventFixtures.of("sender"), SQSEvent.class));
        items.forEach(item -> Envelopes.fromJson(item.body(), OutboundMessage.class));
        SqsRecords.response(List.of());
    }
}
