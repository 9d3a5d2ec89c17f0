package app.parley.local.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.model.Message;

/** Which messages of a batch Lambda deletes after the function returned, by its partial-failure rules. */
final class BatchResults {
    private BatchResults() {}

    static List<Message> succeeded(List<Message> batch, Object result, boolean reportsBatchItemFailures) {
        if (!reportsBatchItemFailures || !(result instanceof SQSBatchResponse response)
                || response.getBatchItemFailures() == null || response.getBatchItemFailures().isEmpty()) {
            return batch;
        }
        Set<String> ids = batch.stream().map(Message::messageId).collect(Collectors.toSet());
        Set<String> failed = response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toSet());
        // Lambda treats a missing or unknown identifier as a failure of the whole batch
        if (failed.stream().anyMatch(id -> id == null || id.isBlank() || !ids.contains(id))) return List.of();
        return batch.stream().filter(m -> !failed.contains(m.messageId())).toList();
    }
}
