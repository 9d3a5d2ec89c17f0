package app.parley.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 1,000 messages from 50 customers of 5 tenants: every reply, in each customer's order, none lost, none doubled. */
class BurstIT {
    static final int TENANTS = 5, CUSTOMERS_PER_TENANT = Integer.getInteger("burst.customers", 10), MESSAGES_PER_CUSTOMER = Integer.getInteger("burst.messages", 20);

    @Test
    void every_customer_gets_every_reply_once_and_in_order(@TempDir Path dir) throws Exception {
        try (PipelineStack p = PipelineStack.start(Seeds.withTenants(dir, TENANTS))) {
            Map<String, List<String>> sentByCustomer = new ConcurrentHashMap<>();
            long began = System.nanoTime();
            try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int t = 0; t < TENANTS; t++) {
                    for (int c = 0; c < CUSTOMERS_PER_TENANT; c++) {
                        int tenant = t;
                        String customer = "1555030" + t + String.format("%03d", c);
                        clients.submit(() -> sentByCustomer.put(customer, converse(p, tenant, customer)));
                    }
                }
            }
            int total = TENANTS * CUSTOMERS_PER_TENANT * MESSAGES_PER_CUSTOMER;
            System.out.printf("burst: %d webhooks acknowledged in %d ms%n", total, (System.nanoTime() - began) / 1_000_000);
            Eventually.within(Duration.ofSeconds(Integer.getInteger("burst.waitSeconds", 300)), () -> {
                if (ThreadLocalRandom.current().nextInt(50) == 0) System.out.printf("burst: %d of %d replies sent after %d ms%n", p.graph.sentMessages().size(), total,
                        (System.nanoTime() - began) / 1_000_000);
                return p.graph.sentMessages().size() >= total;
            });
            Thread.sleep(1500);

            Map<String, List<String>> repliesByCustomer = p.graph.sentMessages().stream().collect(Collectors.groupingBy(
                    r -> r.json().path("to").asText(), Collectors.mapping(PipelineStack::repliedTo, Collectors.toList())));
            assertThat(p.graph.sentMessages()).hasSize(total);
            sentByCustomer.forEach((customer, wamids) -> assertThat(repliesByCustomer.get(customer))
                    .as("replies to %s", customer).containsExactlyElementsOf(wamids));
            assertThat(p.graph.sentMessages()).allMatch(r -> !PipelineStack.replyText(r).isBlank());
        }
    }

    /** One customer writes in order, each webhook acknowledged before the next, as Meta delivers them. */
    private static List<String> converse(PipelineStack p, int tenant, String customer) {
        List<String> wamids = new ArrayList<>();
        for (int n = 0; n < MESSAGES_PER_CUSTOMER; n++) {
            String wamid = "wamid.B" + customer + "x" + n;
            int status = p.post(Webhooks.text(Seeds.numberOf(tenant), customer, wamid, Seeds.question(tenant, n)));
            if (status != 200) throw new AssertionError("webhook answered " + status);
            wamids.add(wamid);
        }
        return wamids;
    }

}
