package app.parley.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.config.Env;
import app.parley.conversation.application.OutboundState;
import app.parley.conversation.infrastructure.DynamoOutboundLedger;
import app.parley.local.LocalEnvironment;
import app.parley.local.LocalStack;
import app.parley.local.engines.CloudTemplate;
import app.parley.local.engines.CloudTemplate.EventSpec;
import app.parley.local.engines.EmbeddedDynamo;
import app.parley.local.engines.EmbeddedSqs;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.EnvelopeKind;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.Tables;
import app.parley.persistence.Workload;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.model.TenantId;
import app.parley.whatsapp.cloud.CallbackData;
import app.parley.whatsapp.cloud.WebhookSignature;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Where Meta's statuses go, on the engines of the template without the stack's pollers (so every queued message stays
 * where the webhook put it): the template's webhook handler queues a customer's message on inbound.fifo and the
 * statuses of the same webhook on the status queue only; the function the template maps to the status queue settles
 * them from there, whatever their order and however often they come.
 */
class StatusQueueIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private static final String NUMBER = "100000000000777";
    private static final String CUSTOMER = "15550107777";
    private static CloudTemplate template;
    private static EmbeddedDynamo dynamo;
    private static EmbeddedSqs sqs;
    private static SqsClient client;
    private static Map<String, String> queueUrls;
    private static Tables tables;
    private static TenantId tenant;
    private static RequestHandler<Object, Object> webhook;
    private static RequestHandler<Object, Object> statusConsumer;

    @BeforeAll
    static void start() {
        template = CloudTemplate.load(TEMPLATE, LocalStack.STACK_NAME);
        dynamo = EmbeddedDynamo.start(null);
        sqs = EmbeddedSqs.start(null);
        dynamo.createTables(template);
        queueUrls = sqs.createQueues(template);
        client = sqs.client();
        Env.override(LocalEnvironment.resolve(template, new LocalEnvironment.Endpoints(dynamo.endpoint(), sqs.endpoint(), queueUrls),
                Map.of(), Optional.empty()).values());
        tables = Tables.fromEnvironment(TenantCryptos.fromEnvironment());
        tenant = Workload.registerTenant(tables, "status-queue", NUMBER).id();
        webhook = handler(template.handler("WebhookFunction"));
        statusConsumer = handler(statusConsumer().handlerClass());
    }

    @AfterAll
    static void stop() {
        if (client != null) client.close();
        if (sqs != null) sqs.close();
        if (dynamo != null) dynamo.close();
    }

    @Test
    void the_status_queue_is_standard_and_dead_letters_like_every_queue() {
        CloudTemplate.QueueSpec statuses = queue("StatusQueue");
        assertThat(statuses.fifo()).isFalse();
        assertThat(statuses.deadLetterLogicalId()).contains("StatusDeadLetterQueue");
        assertThat(statusConsumer().events()).contains(new EventSpec.QueueTrigger("StatusQueue", 10, true));
        assertThat(Env.require("STATUS_QUEUE_URL")).isEqualTo(queueUrls.get("StatusQueue"));
    }

    @Test
    void statuses_skip_inbound_fifo_and_settle_from_their_own_queue_reordered_and_repeated() throws Exception {
        OutboundMessage reply = sentReply();
        String wamid = "wamid.HBg" + UUID.randomUUID().toString().replace("-", "");
        new DynamoOutboundLedger(tables.tenant()).markSent(reply, wamid, Instant.now());
        String customerMessage = "wamid.IN" + UUID.randomUUID().toString().replace("-", "");

        assertThat(post(Webhooks.text(NUMBER, CUSTOMER, customerMessage, "And the price of a check-up?"))).isEqualTo(200);
        for (String stage : List.of("sent", "delivered", "read")) assertThat(post(status(wamid, stage, reply.id()))).isEqualTo(200);

        List<Message> inbound = drain("InboundQueue");
        assertThat(inbound).hasSize(1);
        assertThat(inbound.getFirst().body()).contains(customerMessage).doesNotContain(wamid);
        List<Message> statuses = drain("StatusQueue");
        assertThat(statuses).hasSize(3).allSatisfy(m -> {
            assertThat(m.messageAttributes().get(EnvelopeKind.ATTRIBUTE).stringValue()).isEqualTo(EnvelopeKind.STATUS_REPORT.name());
            assertThat(m.attributes()).doesNotContainKey(MessageSystemAttributeName.MESSAGE_GROUP_ID);
        });

        List<Message> readFirstThenTwice = new ArrayList<>(statuses.reversed());
        readFirstThenTwice.addAll(statuses);
        SQSBatchResponse answer = (SQSBatchResponse) statusConsumer.handleRequest(event(readFirstThenTwice), null);

        assertThat(answer.getBatchItemFailures()).isEmpty();
        var record = tables.tenant().get(tenant, Keys.outbound(tenant, reply.id()), Keys.META).orElseThrow();
        assertThat(Attrs.optStr(record, "delivery")).isEqualTo("READ");
        assertThat(new DynamoOutboundLedger(tables.tenant()).state(tenant, reply.id())).isEqualTo(OutboundState.SENT);
    }

    @Test
    void a_status_for_a_send_still_in_doubt_settles_it_from_the_status_queue() throws Exception {
        OutboundMessage reply = sentReply();
        String wamid = "wamid.HBg" + UUID.randomUUID().toString().replace("-", "");

        assertThat(post(status(wamid, "delivered", reply.id()))).isEqualTo(200);
        assertThat(drain("InboundQueue")).isEmpty();
        SQSBatchResponse answer = (SQSBatchResponse) statusConsumer.handleRequest(event(drain("StatusQueue")), null);

        assertThat(answer.getBatchItemFailures()).isEmpty();
        var record = tables.tenant().get(tenant, Keys.outbound(tenant, reply.id()), Keys.META).orElseThrow();
        assertThat(Attrs.optStr(record, "state")).isEqualTo(OutboundState.SENT.name());
        assertThat(Attrs.optStr(record, "settledBy")).isEqualTo("status");
        assertThat(Attrs.optStr(record, "wamid")).isEqualTo(wamid);
    }

    /** A reply the sender claimed (the write before its call to Meta). */
    private static OutboundMessage sentReply() {
        var reply = new OutboundMessage("out_" + UUID.randomUUID().toString().replace("-", ""), tenant, null,
                new Customer(CUSTOMER, null), null, MessageOrigin.AGENT, new OutboundContent.Text("Your check-up is at 10:00."));
        assertThat(new DynamoOutboundLedger(tables.tenant()).claimForSending(reply, Optional.empty(), Instant.now())).isTrue();
        return reply;
    }

    private static String status(String wamid, String stage, String outboundId) throws Exception {
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Webhooks.status(NUMBER, wamid, CUSTOMER, stage, null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.at("/entry/0/changes/0/value/statuses/0"))
                .put("biz_opaque_callback_data", CallbackData.of(outboundId));
        return root.toString();
    }

    /** A signed POST through the handler the template names for the webhook. */
    private static int post(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var event = APIGatewayV2HTTPEvent.builder().withBody(body).withIsBase64Encoded(false)
                .withHeaders(Map.of("x-hub-signature-256", WebhookSignature.sign(bytes, Env.require("WHATSAPP_APP_SECRET"))))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").build()).build())
                .build();
        return ((APIGatewayV2HTTPResponse) webhook.handleRequest(event, null)).getStatusCode();
    }

    /** Everything on the queue now, received and deleted. */
    private static List<Message> drain(String queueLogicalId) {
        String url = queueUrls.get(queueLogicalId);
        List<Message> all = new ArrayList<>();
        List<Message> got;
        do {
            got = client.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL).messageAttributeNames("All")).messages();
            all.addAll(got);
            got.forEach(m -> client.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle())));
        } while (!got.isEmpty());
        return all;
    }

    /** The records Lambda hands the status queue's consumer. */
    private static SQSEvent event(List<Message> messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(messages.stream().map(m -> {
            var record = new SQSEvent.SQSMessage();
            record.setMessageId(m.messageId());
            record.setReceiptHandle(m.receiptHandle());
            record.setBody(m.body());
            record.setAttributes(Map.copyOf(m.attributesAsStrings()));
            var kind = new SQSEvent.MessageAttribute();
            kind.setDataType("String");
            kind.setStringValue(m.messageAttributes().get(EnvelopeKind.ATTRIBUTE).stringValue());
            record.setMessageAttributes(Map.of(EnvelopeKind.ATTRIBUTE, kind));
            record.setEventSource("aws:sqs");
            record.setEventSourceArn(EmbeddedSqs.queueArn(queue("StatusQueue").name()));
            return record;
        }).toList());
        return event;
    }

    private static CloudTemplate.FunctionSpec statusConsumer() {
        return template.functions().stream().filter(f -> f.events().stream()
                .anyMatch(e -> e instanceof EventSpec.QueueTrigger q && q.queueLogicalId().equals("StatusQueue"))).findFirst().orElseThrow();
    }

    /** A handler named in the template ({@code class} or {@code class::method}), built as Lambda builds it. */
    @SuppressWarnings("unchecked")
    private static RequestHandler<Object, Object> handler(String handler) {
        int method = handler.indexOf("::");
        try {
            return (RequestHandler<Object, Object>) Class.forName(method < 0 ? handler : handler.substring(0, method))
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + handler, e);
        }
    }

    private static CloudTemplate.QueueSpec queue(String logicalId) {
        return template.queues().stream().filter(q -> q.logicalId().equals(logicalId)).findFirst().orElseThrow();
    }
}
