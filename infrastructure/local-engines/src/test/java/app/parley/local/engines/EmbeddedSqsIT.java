package app.parley.local.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class EmbeddedSqsIT {
    private static final Path SHORT_VISIBILITY = Path.of("src/test/resources/short-visibility-template.yaml");

    @Test
    void creates_every_queue_of_the_template_with_fifo_visibility_and_redrive() {
        CloudTemplate template = CloudTemplate.load(CloudTemplate.locate(Path.of("")), "parley");
        try (EmbeddedSqs sqs = EmbeddedSqs.start(null); SqsClient client = sqs.client()) {
            var urls = sqs.createQueues(template);
            assertThat(urls).containsKeys("InboundQueue", "InboundDeadLetterQueue", "UsageEventsQueue");
            var attributes = client.getQueueAttributes(b -> b.queueUrl(urls.get("InboundQueue"))
                    .attributeNames(QueueAttributeName.ALL)).attributes();
            assertThat(attributes).containsEntry(QueueAttributeName.FIFO_QUEUE, "true")
                    .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "120");
            assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY))
                    .contains("parley-inbound-dlq.fifo").contains("5");
        }
    }

    @Test
    void a_message_received_maxReceiveCount_times_moves_to_the_dead_letter_queue() throws Exception {
        CloudTemplate template = CloudTemplate.load(SHORT_VISIBILITY, "t");
        try (EmbeddedSqs sqs = EmbeddedSqs.start(null); SqsClient client = sqs.client()) {
            var urls = sqs.createQueues(template);
            client.sendMessage(b -> b.queueUrl(urls.get("WorkQueue")).messageBody("poison").messageGroupId("g"));
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThat(receive(client, urls.get("WorkQueue"), 3)).hasSize(1);
                Thread.sleep(1_100);
            }
            assertThat(receive(client, urls.get("WorkQueue"), 1)).isEmpty();
            assertThat(receive(client, urls.get("WorkDeadLetterQueue"), 3)).extracting(Message::body).containsExactly("poison");
        }
    }

    @Test
    void queued_messages_survive_a_kill_of_the_process(@TempDir Path dataDir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SendThenWait.class.getName(),
                SHORT_VISIBILITY.toString(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.lines().filter(l -> l.equals(SendThenWait.SENT)).findFirst()).isPresent();
            child.destroyForcibly().waitFor(20, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no clean close
        }
        try (EmbeddedSqs sqs = EmbeddedSqs.start(dataDir); SqsClient client = sqs.client()) {
            var urls = sqs.createQueues(CloudTemplate.load(SHORT_VISIBILITY, "t"));
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 5 && bodies.size() < 3; i++) {
                for (Message m : receive(client, urls.get("WorkQueue"), 1)) {
                    bodies.add(m.body());
                    client.deleteMessage(b -> b.queueUrl(urls.get("WorkQueue")).receiptHandle(m.receiptHandle()));
                }
            }
            assertThat(bodies).containsExactly("first", "second", "third");
        }
    }

    private static List<Message> receive(SqsClient client, String url, int waitSeconds) {
        return client.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(waitSeconds)).messages();
    }

    /** Runs in a child JVM: sends three messages, reports it, then waits to be killed. */
    public static final class SendThenWait {
        static final String SENT = "sent-and-waiting";

        public static void main(String[] args) throws InterruptedException {
            EmbeddedSqs sqs = EmbeddedSqs.start(Path.of(args[1]));
            var urls = sqs.createQueues(CloudTemplate.load(Path.of(args[0]), "t"));
            try (SqsClient client = sqs.client()) {
                for (String body : List.of("first", "second", "third")) {
                    client.sendMessage(b -> b.queueUrl(urls.get("WorkQueue")).messageBody(body).messageGroupId("g"));
                }
            }
            System.out.println(SENT);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
