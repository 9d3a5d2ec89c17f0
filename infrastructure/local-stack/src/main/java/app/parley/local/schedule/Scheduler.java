package app.parley.local.schedule;

import app.parley.local.lambda.FunctionContainer;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/** Plays EventBridge schedule rules: invokes each function with a {@link ScheduledEvent} when its rule fires. */
public final class Scheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("scheduler").daemon().factory());
    private final Clock clock;

    public Scheduler(Clock clock) {
        this.clock = clock;
    }

    public record Rule(String name, ScheduleExpression expression, FunctionContainer function) {}

    public Scheduler start(List<Rule> rules) {
        rules.forEach(rule -> scheduleNext(rule, ZonedDateTime.now(clock)));
        return this;
    }

    private void scheduleNext(Rule rule, ZonedDateTime after) {
        ZonedDateTime next = rule.expression().nextAfter(after);
        long delay = Math.max(0, Duration.between(ZonedDateTime.now(clock), next).toMillis());
        timer.schedule(() -> fire(rule, next), delay, TimeUnit.MILLISECONDS);
    }

    private void fire(Rule rule, ZonedDateTime time) {
        try {
            rule.function().invoke(event(rule, time));
        } catch (RuntimeException | Error e) {
            LOG.warn("scheduled function {} failed for rule {}", rule.function().name(), rule.name(), e);
        }
        if (!timer.isShutdown()) scheduleNext(rule, time);
    }

    static ScheduledEvent event(Rule rule, ZonedDateTime time) {
        return new ScheduledEvent()
                .withVersion("0").withId(UUID.randomUUID().toString()).withDetailType("Scheduled Event")
                .withSource("aws.events").withAccount("000000000000").withRegion("us-east-1")
                .withTime(new DateTime(time.toInstant().toEpochMilli(), DateTimeZone.UTC))
                .withResources(List.of("arn:aws:events:us-east-1:000000000000:rule/" + rule.name()))
                .withDetail(Map.of());
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
