package app.parley.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.gateway.client.ReceivedMessage;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.outbound.DynamoSendingSwitches;
import app.parley.gateway.outbound.MediaFiles;
import app.parley.gateway.outbound.Pauses;
import app.parley.gateway.outbound.SendOutcome;
import app.parley.gateway.outbound.SendingOutbound;
import app.parley.gateway.session.AuditedSessionAlerts;
import app.parley.gateway.task.GatewayTask;
import app.parley.gateway.testing.GatewayHarness;
import app.parley.local.engines.CloudTemplate;
import app.parley.local.engines.EmbeddedSqs;
import app.parley.messaging.model.Channel;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundMessage;
import app.parley.messaging.model.MediaKind;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InboundAndOutboundIT {
    static GatewayHarness harness;
    static EmbeddedSqs sqs;
    static String inboundQueue;

    @BeforeAll
    static void start() {
        harness = new GatewayHarness();
        sqs = EmbeddedSqs.start(null);
        inboundQueue = sqs.createQueues(CloudTemplate.load(CloudTemplate.locate(Path.of("")), "parley")).get("InboundQueue");
    }

    @AfterAll
    static void stop() {
        sqs.close();
        harness.close();
    }

    @Test
    void customer_messages_reach_the_shared_inbound_fifo_queue_with_media_stored() {
        var forwarding = new ForwardingInbound(new SqsInboundQueue(sqs.client(), inboundQueue), harness.blobs);
        SessionRef session = harness.qrLoginRequested();
        var customer = new Customer("5511977776666", "Ana");
        forwarding.forward(session, "5511911112222", new ReceivedMessage("3EB0AAA1", customer, harness.clock.instant(),
                new InboundContent.Text("oi, quanto custa?"), null, null));
        forwarding.forward(session, "5511911112222", new ReceivedMessage("3EB0AAA2", customer, harness.clock.instant(),
                new InboundContent.Media(MediaKind.IMAGE, "pending", "image/jpeg", "foto", null, null, false), "3EB0AAA1",
                "jpeg-bytes".getBytes(StandardCharsets.UTF_8)));

        var received = sqs.client().receiveMessage(b -> b.queueUrl(inboundQueue).maxNumberOfMessages(10)
                .attributeNamesWithStrings("MessageGroupId")).messages();
        List<InboundMessage> envelopes = received.stream().map(m -> Envelopes.fromJson(m.body(), InboundMessage.class)).toList();
        assertThat(envelopes).extracting(InboundMessage::channel).containsOnly(Channel.UNOFFICIAL);
        assertThat(received).allSatisfy(m -> assertThat(m.attributesAsStrings().get("MessageGroupId"))
                .isEqualTo(session.tenant().value() + "#5511977776666"));
        var media = (InboundContent.Media) envelopes.get(1).content();
        assertThat(harness.blobs.get(media.mediaId()).orElseThrow()).isEqualTo("jpeg-bytes".getBytes(StandardCharsets.UTF_8));
        assertThat(envelopes.get(1).repliedToMessageId()).isEqualTo("3EB0AAA1");
    }

    @Test
    void replies_go_out_through_the_held_session_and_the_kill_switch_stops_them() {
        GatewayTask task = harness.task("outbound");
        SessionRef session = harness.qrLoginRequested();
        task.tick();
        harness.network.scanQr(session, "5511911113333");
        var customer = new Customer("5511955554444", null);
        harness.network.customerWrites(session, new ReceivedMessage("3EB0BBB1", customer, harness.clock.instant(),
                new InboundContent.Text("oi"), null, null));
        var switches = new DynamoSendingSwitches(harness.tables.tenant());
        var sending = new SendingOutbound(task, switches, new MediaFiles(HttpClient.newHttpClient(), harness.blobs),
                new AuditedSessionAlerts(harness.audit), d -> harness.clock.advance(d), harness.clock);

        var reply = new OutboundMessage("out-1", session.tenant(), "conv-1", customer, "3EB0BBB1", MessageOrigin.AI,
                new OutboundContent.Text("Olá! Como posso ajudar?"));
        var before = harness.clock.instant();
        assertThat(sending.send(reply)).isInstanceOf(SendOutcome.Sent.class);
        assertThat(Duration.between(before, harness.clock.instant())).as("seen and typing took human time").isPositive();
        assertThat(harness.network.sent()).extracting(s -> s.body()).contains("Olá! Como posso ajudar?");

        var stranger = new OutboundMessage("out-2", session.tenant(), "conv-2", new Customer("5511900000000", null), null,
                MessageOrigin.AI, new OutboundContent.Text("promo!"));
        assertThat(sending.send(stranger)).isInstanceOf(SendOutcome.Refused.class);

        switches.kill(session, true);
        assertThat(sending.send(reply)).isInstanceOf(SendOutcome.Refused.class);
        task.close();
    }
}
