package app.parley.persistence;

import java.util.List;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** TransactWriteItems with the cancellation reasons turned into a plain outcome. */
public final class Transaction {
    private Transaction() {}

    /** Committed, or cancelled with one code per item ("None" for items that were fine). */
    public record Outcome(boolean committed, List<String> reasons) {
        public boolean failedAt(int index) {
            return !committed && index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index));
        }
    }

    static Outcome run(DynamoDbClient client, List<TransactWriteItem> items, AwsRequestOverrideConfiguration scope) {
        try {
            client.transactWriteItems(b -> b.transactItems(items).overrideConfiguration(scope));
            return new Outcome(true, List.of());
        } catch (TransactionCanceledException e) {
            if (!e.hasCancellationReasons()) throw e;
            List<String> reasons = e.cancellationReasons().stream().map(CancellationReason::code).toList();
            if (reasons.stream().noneMatch("ConditionalCheckFailed"::equals)) throw e;
            return new Outcome(false, reasons);
        }
    }
}
