package app.parley.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimingTest {

    @Test
    void sdk_priming_walks_dynamodb_and_sqs_requests_without_a_network() {
        CannedAwsHttp http = new CannedAwsHttp();

        List<String> failed = Priming.register("test",
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("sqs", () -> SdkPriming.sqs(http))).prime();

        // the endpoint is https://priming.invalid: a request that left the process could not have succeeded
        assertThat(failed).isEmpty();
        assertThat(http.targets()).containsExactly("DynamoDB_20120810.GetItem", "DynamoDB_20120810.Query",
                "DynamoDB_20120810.PutItem", "AmazonSQS.GetQueueAttributes", "AmazonSQS.SendMessageBatch");
    }

    @Test
    void a_failing_step_is_reported_by_name_and_the_others_still_run() {
        List<String> ran = new ArrayList<>();
        Priming priming = Priming.register("test",
                Priming.step("first", () -> ran.add("first")),
                Priming.step("broken", () -> { throw new IllegalStateException("no table"); }),
                Priming.step("last", () -> ran.add("last")));

        assertThat(priming.prime()).containsExactly("broken");
        assertThat(ran).containsExactly("first", "last");
    }

    @Test
    void priming_creates_no_ids_nor_random_state_and_can_run_again() {
        CannedAwsHttp http = new CannedAwsHttp();
        Priming priming = Priming.register("test", Priming.step("dynamodb", () -> SdkPriming.dynamo(http)));

        priming.prime();
        List<String> first = http.targets();
        priming.prime();

        // the same fixed requests each time: nothing unique (ids, seeds) goes into the snapshot
        assertThat(http.targets()).hasSize(first.size() * 2).startsWith(first.toArray(String[]::new));
    }
}
