package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.conversation.infrastructure.DynamoUsageCounters;
import app.parley.conversation.model.Direction;
import app.parley.persistence.Workload;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analytics' messages-per-day series is read from the pipeline's sharded daily counters, one tenant's only. */
class AnalyticsDailySeriesIT {
    private static ApiFixture api;
    private static Workload tenant;
    private static Workload other;

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        tenant = Workload.create(api.tables(), "daily-series", "100200395");
        other = Workload.create(api.tables(), "daily-series-other", "100200396");
    }

    @AfterAll
    static void stop() { api.close(); }

    @Test
    void fourteen_days_oldest_first_with_each_days_counts_and_none_of_another_tenants() {
        var counters = new DynamoUsageCounters(api.tables().tenant());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < 5; i++) counters.count(tenant.tenant().id(), today, Direction.INBOUND);
        for (int i = 0; i < 3; i++) counters.count(tenant.tenant().id(), today, Direction.OUTBOUND);
        counters.count(tenant.tenant().id(), today.minusDays(2), Direction.INBOUND);
        for (int i = 0; i < 7; i++) counters.count(other.tenant().id(), today, Direction.INBOUND);

        String manager = api.token(tenant.tenant().id(), tenant.user().id().value(), AccessRole.MANAGER);
        var answer = api.call("GET", "/api/analytics", manager, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode days = answer.json().get("messagesPerDay");
        assertThat(days).hasSize(14);
        assertThat(days.get(0).get("day").asText()).isEqualTo(today.minusDays(13).toString());
        assertThat(days.get(13).get("day").asText()).isEqualTo(today.toString());
        assertThat(days.get(13).get("inbound").asLong()).isEqualTo(5);
        assertThat(days.get(13).get("outbound").asLong()).isEqualTo(3);
        assertThat(days.get(11).get("inbound").asLong()).isEqualTo(1);
        assertThat(days.get(12).get("inbound").asLong()).isZero();
    }
}
