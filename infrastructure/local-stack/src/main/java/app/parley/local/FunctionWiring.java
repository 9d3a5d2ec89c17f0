package app.parley.local;

import app.parley.local.engines.CloudTemplate;
import app.parley.local.engines.CloudTemplate.EventSpec;
import app.parley.local.engines.EmbeddedSqs;
import app.parley.local.http.Route;
import app.parley.local.http.RouteTable;
import app.parley.local.lambda.FunctionContainer;
import app.parley.local.schedule.ScheduleExpression;
import app.parley.local.schedule.Scheduler;
import app.parley.local.sqs.QueuePoller;
import app.parley.local.sqs.QueueTriggerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Every function of the template that has events, loaded once and connected to what triggers it. */
record FunctionWiring(RouteTable routes, List<QueuePoller> pollers, List<Scheduler.Rule> scheduleRules) {
    static final int MAX_CONCURRENCY_PER_QUEUE = 5;

    static FunctionWiring of(CloudTemplate template, SqsClient sqs, Map<String, String> queueUrls) {
        Map<String, CloudTemplate.QueueSpec> queues = template.queues().stream()
                .collect(Collectors.toMap(CloudTemplate.QueueSpec::logicalId, Function.identity()));
        List<Route> routes = new ArrayList<>();
        List<QueuePoller> pollers = new ArrayList<>();
        List<Scheduler.Rule> rules = new ArrayList<>();
        for (CloudTemplate.FunctionSpec spec : template.functions()) {
            if (spec.events().isEmpty()) continue;
            FunctionContainer function = FunctionContainer.load(spec.logicalId(), spec.handlerClass());
            for (EventSpec event : spec.events()) {
                switch (event) {
                    case EventSpec.HttpRoute r -> routes.add(new Route(r.method(), r.path(), function, r.authorizer()));
                    case EventSpec.QueueTrigger q -> pollers.add(new QueuePoller(sqs, settings(q, queues, queueUrls), function));
                    case EventSpec.Schedule s -> rules.add(new Scheduler.Rule(spec.logicalId() + "-" + rules.size(),
                            ScheduleExpression.parse(s.expression()), function));
                }
            }
        }
        return new FunctionWiring(new RouteTable(routes), pollers, rules);
    }

    private static QueueTriggerSettings settings(EventSpec.QueueTrigger trigger, Map<String, CloudTemplate.QueueSpec> queues,
                                                 Map<String, String> queueUrls) {
        CloudTemplate.QueueSpec queue = queues.get(trigger.queueLogicalId());
        if (queue == null) throw new IllegalStateException("an SQS event names an unknown queue " + trigger.queueLogicalId());
        return new QueueTriggerSettings(queueUrls.get(queue.logicalId()), EmbeddedSqs.queueArn(queue.name()), queue.fifo(),
                trigger.batchSize(), trigger.reportsBatchItemFailures(), MAX_CONCURRENCY_PER_QUEUE);
    }
}
