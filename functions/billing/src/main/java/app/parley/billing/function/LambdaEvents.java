package app.parley.billing.function;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/** Turns the runtime's JSON map into the event type its shape shows: SQS records, an HTTP API request or a schedule tick. */
final class LambdaEvents {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private LambdaEvents() {}

    static Object typed(Object event) {
        if (!(event instanceof Map<?, ?> map)) return event;
        if (map.containsKey("Records")) return JSON.convertValue(map, SQSEvent.class);
        if (map.containsKey("routeKey") || map.containsKey("rawPath")) return http(map);
        if ("Scheduled Event".equals(map.get("detail-type"))) return schedule(map);
        return event;
    }

    private static APIGatewayV2HTTPEvent http(Map<?, ?> map) {
        APIGatewayV2HTTPEvent event = JSON.convertValue(map, APIGatewayV2HTTPEvent.class);
        event.setIsBase64Encoded(Boolean.TRUE.equals(map.get("isBase64Encoded")));
        return event;
    }

    /** The tick's time is not copied: the billing day reads its own clock, and parsing it would run Joda-Time. */
    private static ScheduledEvent schedule(Map<?, ?> map) {
        return new ScheduledEvent().withId(String.valueOf(map.get("id"))).withDetailType("Scheduled Event")
                .withSource(String.valueOf(map.get("source")));
    }
}
