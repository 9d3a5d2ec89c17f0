package app.parley.local.sqs;

import app.parley.local.lambda.FunctionContainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Plays a Lambda SQS event source mapping: long-polls the queue, invokes the function with
 * batches of up to BatchSize, deletes what succeeded (partial batch responses honoured) and
 * leaves failures to become visible again, so the engine redrives them to the DLQ.
 * On a FIFO queue each invocation carries one message group, in order; the engine hides a
 * group while any of its messages is in flight, so groups run in parallel and never overtake.
 */
public final class QueuePoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueuePoller.class);
    private static final int WAIT_SECONDS = 1;   // short long-polls keep shutdown prompt
    private static final int SQS_MAX_MESSAGES = 10;
    /**
     * While an invocation runs, its messages are kept hidden this long ahead (the template's visibility timeout),
     * renewed every quarter of it: a renewal that comes late on a starved machine still lands well before they show.
     */
    private static final int HIDDEN_AHEAD_SECONDS = 120;
    private static final int RENEW_EVERY_SECONDS = HIDDEN_AHEAD_SECONDS / 4;
    private static final ScheduledExecutorService HEARTBEATS = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().name("queue-heartbeat-", 0).daemon().factory());

    private final SqsClient sqs;
    private final QueueTriggerSettings settings;
    private final FunctionContainer function;
    private final ExecutorService workers;
    private final Semaphore idleWorkers;
    private final Thread poller;
    private volatile boolean running = true;

    public QueuePoller(SqsClient sqs, QueueTriggerSettings settings, FunctionContainer function) {
        this.sqs = sqs;
        this.settings = settings;
        this.function = function;
        this.workers = Executors.newFixedThreadPool(settings.maxConcurrency(),
                Thread.ofPlatform().name(function.name() + "-worker-", 0).daemon().factory());
        this.idleWorkers = new Semaphore(settings.maxConcurrency());
        this.poller = Thread.ofPlatform().name(function.name() + "-poller").daemon().unstarted(this::pollUntilStopped);
    }

    public QueuePoller start() {
        poller.start();
        return this;
    }

    private void pollUntilStopped() {
        while (running) {
            try {
                idleWorkers.acquire();
                idleWorkers.release();
                for (List<Message> batch : invocations(receiveUpToBatchSize())) {
                    ScheduledFuture<?> heartbeat = keptHidden(batch);   // from receipt: waiting for a worker counts too
                    try {
                        idleWorkers.acquire();
                    } catch (InterruptedException e) {
                        heartbeat.cancel(false);
                        throw e;
                    }
                    workers.execute(() -> invokeThenRelease(batch, heartbeat));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) LOG.warn("polling {} failed; retrying", settings.queueUrl(), e);
                pause();
            }
        }
    }

    private List<Message> receiveUpToBatchSize() {
        List<Message> received = new ArrayList<>();
        int wait = WAIT_SECONDS;
        while (running && received.size() < settings.batchSize()) {
            int max = Math.min(SQS_MAX_MESSAGES, settings.batchSize() - received.size());
            int waitSeconds = wait;
            List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(settings.queueUrl()).maxNumberOfMessages(max)
                    .waitTimeSeconds(waitSeconds).messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                    .messageAttributeNames("All")).messages();
            received.addAll(messages);
            if (messages.size() < max) break;
            wait = 0;
        }
        return received;
    }

    /** Standard queue: the batch as received; FIFO: one invocation per message group, in order. */
    private List<List<Message>> invocations(List<Message> received) {
        if (received.isEmpty()) return List.of();
        if (!settings.fifo()) return List.of(received);
        Map<String, List<Message>> groups = new LinkedHashMap<>();
        for (Message m : received) {
            String group = m.attributes().getOrDefault(MessageSystemAttributeName.MESSAGE_GROUP_ID, "");
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
        }
        return List.copyOf(groups.values());
    }

    private ScheduledFuture<?> keptHidden(List<Message> batch) {
        return HEARTBEATS.scheduleAtFixedRate(() -> keepHidden(batch), RENEW_EVERY_SECONDS, RENEW_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void invokeThenRelease(List<Message> batch, ScheduledFuture<?> heartbeat) {
        try {
            Object result = function.invoke(SqsEvents.of(batch, settings.queueArn(), "us-east-1"));
            delete(BatchResults.succeeded(batch, result, settings.reportsBatchItemFailures()));
        } catch (RuntimeException | Error e) {
            // nothing is deleted: the whole batch becomes visible again after the visibility timeout
            LOG.warn("function {} failed a batch of {} from {}", function.name(), batch.size(), settings.queueArn(), e);
        } finally {
            heartbeat.cancel(false);
            idleWorkers.release();
        }
    }

    /**
     * In AWS an invocation ends at the function's timeout, well inside the queue's visibility timeout, so a
     * message is never handed to a second invocation while the first still runs. Here nothing ends a slow
     * invocation (a starved machine can take minutes), so its messages are kept hidden while it runs instead.
     */
    private void keepHidden(List<Message> batch) {
        try {
            var entries = batch.stream().map(m -> ChangeMessageVisibilityBatchRequestEntry.builder().id(m.messageId())
                    .receiptHandle(m.receiptHandle()).visibilityTimeout(HIDDEN_AHEAD_SECONDS).build()).toList();
            for (int from = 0; from < entries.size(); from += SQS_MAX_MESSAGES) {
                var part = entries.subList(from, Math.min(entries.size(), from + SQS_MAX_MESSAGES));
                sqs.changeMessageVisibilityBatch(b -> b.queueUrl(settings.queueUrl()).entries(part));
            }
        } catch (RuntimeException e) {
            LOG.warn("could not keep a running batch of {} hidden", settings.queueUrl(), e);
        }
    }

    private void delete(List<Message> succeeded) {
        for (int from = 0; from < succeeded.size(); from += SQS_MAX_MESSAGES) {
            List<DeleteMessageBatchRequestEntry> entries = succeeded.subList(from, Math.min(succeeded.size(), from + SQS_MAX_MESSAGES))
                    .stream().map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build())
                    .toList();
            var result = sqs.deleteMessageBatch(b -> b.queueUrl(settings.queueUrl()).entries(entries));
            if (result.hasFailed() && !result.failed().isEmpty()) {
                LOG.warn("{} messages of {} could not be deleted: {}", result.failed().size(), settings.queueUrl(), result.failed());
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops receiving, lets the batches in flight finish (bounded), then releases the workers. */
    @Override
    public void close() {
        running = false;
        try {
            poller.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS + 5));
            workers.shutdown();
            if (!workers.awaitTermination(20, TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }
}
