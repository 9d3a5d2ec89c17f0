package app.parley.local.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.Eventually;
import app.parley.local.lambda.FunctionContainer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SchedulerIT {

    @Test
    void a_rule_invokes_its_function_with_a_scheduled_event_every_period() {
        List<ScheduledEvent> events = new CopyOnWriteArrayList<>();
        RequestHandler<ScheduledEvent, Void> handler = (event, context) -> {
            events.add(event);
            return null;
        };
        var rule = new Scheduler.Rule("billing-daily", new ScheduleExpression.Rate(Duration.ofMillis(150)),
                new FunctionContainer("billing", handler));
        try (Scheduler scheduler = new Scheduler(Clock.systemUTC()).start(List.of(rule))) {
            Eventually.within(Duration.ofSeconds(5), () -> events.size() >= 2);
        }
        ScheduledEvent first = events.get(0);
        assertThat(first.getDetailType()).isEqualTo("Scheduled Event");
        assertThat(first.getSource()).isEqualTo("aws.events");
        assertThat(first.getResources()).containsExactly("arn:aws:events:us-east-1:000000000000:rule/billing-daily");
        assertThat(events.get(1).getTime().isAfter(first.getTime())).isTrue();
    }
}
