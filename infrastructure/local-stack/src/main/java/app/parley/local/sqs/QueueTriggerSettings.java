package app.parley.local.sqs;

/** One SQS event source mapping: which queue, how big the batches, how many in parallel. */
public record QueueTriggerSettings(String queueUrl, String queueArn, boolean fifo, int batchSize,
                                   boolean reportsBatchItemFailures, int maxConcurrency) {
    public QueueTriggerSettings {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
        if (maxConcurrency < 1) throw new IllegalArgumentException("max concurrency must be at least 1");
    }
}
