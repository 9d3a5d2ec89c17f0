package app.parley.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.Eventually;
import app.parley.whatsapp.cloud.GraphErrorBodies;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meta answers 500 for 30 s: replies wait in the queue with backoff (the breaker fails fast) and all go out after. */
class GraphOutageIT {
    @Test
    void every_reply_is_delivered_once_after_a_30_second_outage() throws Exception {
        try (PipelineStack p = PipelineStack.start()) {
            p.graph.failFor(Duration.ofSeconds(30), 500, GraphErrorBodies.INTERNAL_ERROR_131000);
            Instant outageEnds = Instant.now().plusSeconds(30);
            List<String> wamids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String customer = "155504000" + String.format("%02d", i % 4);
                String wamid = "wamid.OUT" + i;
                wamids.add(wamid);
                assertThat(p.post(Webhooks.text(PipelineStack.SUNRISE, customer, wamid, "How much is a checkup? " + i))).isEqualTo(200);
            }

            Eventually.within(Duration.ofSeconds(120), () -> p.graph.sentMessages().size() >= wamids.size());
            Thread.sleep(1500);
            assertThat(p.graph.sentMessages()).extracting(PipelineStack::repliedTo).containsExactlyInAnyOrderElementsOf(wamids);
            assertThat(p.graph.requests()).filteredOn(r -> r.isMessageSend() && r.answeredStatus() == 500).isNotEmpty();
            assertThat(Instant.now()).isAfter(outageEnds);
        }
    }
}
