package app.parley.local.load;

import app.parley.messaging.infrastructure.SqsClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Samples queue depths (visible + in flight) at a fixed interval while a load runs. */
public final class QueueDepths implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, String> queues;
    private final List<long[]> samples = new ArrayList<>();
    private final long began = System.nanoTime();

    private QueueDepths(Map<String, String> queues) { this.queues = new LinkedHashMap<>(queues); }

    public static QueueDepths sample(Duration every, Map<String, String> queuesByName) {
        QueueDepths depths = new QueueDepths(queuesByName);
        depths.timer.scheduleAtFixedRate(depths::take, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return depths;
    }

    private void take() {
        long[] row = new long[queues.size() + 1];
        row[0] = (System.nanoTime() - began) / 1_000_000_000L;
        int i = 1;
        for (String url : queues.values()) row[i++] = depth(url);
        synchronized (samples) { samples.add(row); }
    }

    /** One line per {@code everyNth} sample: seconds since start, then each queue's depth. */
    public String table(int everyNth) {
        StringBuilder out = new StringBuilder("    s");
        queues.keySet().forEach(name -> out.append(String.format(" %9s", name)));
        out.append('\n');
        synchronized (samples) {
            for (int i = 0; i < samples.size(); i += everyNth) {
                long[] row = samples.get(i);
                out.append(String.format("  %3d", row[0]));
                for (int q = 1; q < row.length; q++) out.append(String.format(" %9d", row[q]));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Waits until every queue is empty (nothing visible, nothing in flight), or the time is up. */
    public static boolean awaitEmpty(Duration limit, java.util.Collection<String> queueUrls) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        QueueDepths probe = new QueueDepths(Map.of());
        while (System.nanoTime() < deadline) {
            if (queueUrls.stream().allMatch(url -> probe.depth(url) == 0)) return true;
            Thread.sleep(250);
        }
        return false;
    }

    /** The messages (visible + in flight) in these queues now. */
    public static long total(java.util.Collection<String> queueUrls) {
        QueueDepths probe = new QueueDepths(Map.of());
        return queueUrls.stream().mapToLong(probe::depth).sum();
    }

    /** Empties these queues (the backlog of a run that did not drain), so what follows measures an idle pipeline. */
    public static void purge(java.util.Collection<String> queueUrls) {
        queueUrls.forEach(url -> SqsClients.shared().purgeQueue(b -> b.queueUrl(url)));
    }

    private long depth(String url) {
        var attributes = SqsClients.shared().getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Override
    public void close() { timer.shutdownNow(); }
}
