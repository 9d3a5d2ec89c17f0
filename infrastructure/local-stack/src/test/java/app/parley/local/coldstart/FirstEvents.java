package app.parley.local.coldstart;

import app.parley.common.model.Ids;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The first event each timed run gives a function: the function's own sample event (the one its jar carries for
 * SnapStart priming), addressed to the seeded tenant instead of the sample's made-up one, and new in every run (a
 * message id and customer never seen before, sent now), so a cold start answers a new message rather than skipping an
 * unknown tenant or settling a redelivery. The admin API's events carry a signed-in admin's token, and the API's own
 * event asks for the inbox instead of {@code /health}. Written as {@code events/cold-start-<function>.json} in a
 * directory that goes last on the function's class path, where the runner reads it and the function's own priming
 * does not.
 */
final class FirstEvents {
    /**
     * The seeded tenant, its WhatsApp number, a token of its admin, and the admin API's answers as that admin (the queue
     * functions' events name a conversation, its customer and a service of the tenant, as they do in the pipeline).
     */
    record Audience(String tenantId, String businessNumber, String accessToken, Function<String, String> adminGet,
                    Supplier<String> decision) {}

    /** The order-decision function shares the order-approval package, whose sample is an order request: its event is a decision. */
    private static final String DECISION = "order-decision";

    private static final String SAMPLE_TENANT = "t_01J9Z8Q7W6E5R4T3Y2X1H0P9AB";
    private static final String SAMPLE_OUTBOUND = "out_01J9Z8Q7W6E5R4T3Y2X1H0P9AB";
    private static final String SAMPLE_NUMBER = "106540352242922";
    private static final String SAMPLE_CUSTOMER = "15550002222";
    private static final String SAMPLE_WAMID = "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ3RkI0OEU1MUY1RDE5RDRGMUMxMwA=";
    private static final String SAMPLE_INBOUND = "wamid.in";
    private static final String SAMPLE_EPOCH = "1749416383";
    private static final String SAMPLE_TIME = "2025-06-08T20:59:43Z";
    private static final String SAMPLE_CONVERSATION = "conv_1";
    private static final String SAMPLE_CUSTOMER_ID = "cust_1";
    private static final String SAMPLE_SERVICE = "svc_1";
    private static final String SAMPLE_LINE = "\\\"name\\\":\\\"City bike, 1 day\\\",\\\"unitPrice\\\":{\\\"amount\\\":15.00,\\\"currency\\\":\\\"EUR\\\"}";
    private static final String API_ROUTE = "GET /api/conversations";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Audience audience;
    private int runs;

    FirstEvents(Path dir, Audience audience) {
        this.dir = dir;
        this.audience = audience;
    }

    /** The directory to put last on the class path. */
    Path directory() {
        return dir;
    }

    /** The name the runner is given for {@code function}'s event (its sample's name is {@code function}). */
    static String nameFor(String function) {
        return "cold-start-" + function;
    }

    /** The sample event a function's runs start from: its package's, but a decision for the order-decision function. */
    static String sampleOf(String logicalId, String packageSample) {
        return logicalId.equals("OrderDecisionFunction") ? DECISION : packageSample;
    }

    /** Writes the next run's event for {@code function}, from the sample in its unpacked package {@code task}. */
    void writeNext(String function, Path task) throws IOException {
        String sample = function.equals(DECISION) ? decisionEvent(Files.readString(task.resolve("events/order-approval.json")))
                : Files.readString(task.resolve("events/" + function + ".json"));
        Path target = dir.resolve("events/" + nameFor(function) + ".json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, addressed(sample, ++runs));
    }

    private String addressed(String sample, int run) throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String wamid = "wamid.coldstart." + now.getEpochSecond() + "." + run;
        String event = sample.contains(SAMPLE_CONVERSATION) ? ofExisting(sample) : sample;
        event = event.replace(SAMPLE_OUTBOUND, Ids.next("out")) // before the tenant id, which its sample id ends with
                .replace(SAMPLE_TENANT, audience.tenantId()).replace(SAMPLE_NUMBER, audience.businessNumber())
                .replace(SAMPLE_CUSTOMER, "1555098" + String.format("%04d", run % 10_000))
                .replace(SAMPLE_WAMID, wamid).replace(SAMPLE_INBOUND, wamid)
                .replace(SAMPLE_EPOCH, Long.toString(now.getEpochSecond())).replace(SAMPLE_TIME, now.toString());
        return event.contains("\"routeKey\"") ? signedIn(event) : event;
    }

    /** The order-decisions queue's event: the order-requests sample's record carrying a person's decision on an order. */
    private String decisionEvent(String orderRequestSample) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(orderRequestSample);
        ((ObjectNode) root.path("Records").path(0)).put("body", audience.decision().get());
        return JSON.writeValueAsString(root);
    }

    /**
     * A queue event about a conversation: the tenant's newest one, its customer, and the first service of its catalog
     * at its catalog price (an order line at another price is refused, as it should be).
     */
    private String ofExisting(String sample) throws IOException {
        JsonNode conversation = firstItem("/api/conversations?limit=1");
        JsonNode service = firstItem("/api/services?limit=1");
        String line = "\\\"name\\\":" + quoted(service.path("name").asText()) + ",\\\"unitPrice\\\":{\\\"amount\\\":"
                + service.path("price").asText() + ",\\\"currency\\\":\\\"" + service.path("currency").asText() + "\\\"}";
        return sample.replace(SAMPLE_CONVERSATION, conversation.path("id").asText())
                .replace(SAMPLE_CUSTOMER_ID, conversation.path("customerId").asText())
                .replace(SAMPLE_CUSTOMER, conversation.path("customerPhone").asText())
                .replace(SAMPLE_SERVICE, service.path("id").asText()).replace(SAMPLE_LINE, line);
    }

    /** A JSON string as it appears inside the record's body, itself a JSON string. */
    private static String quoted(String text) throws IOException {
        String twice = JSON.writeValueAsString(JSON.writeValueAsString(text));
        return twice.substring(1, twice.length() - 1);
    }

    private JsonNode firstItem(String pathAndQuery) throws IOException {
        JsonNode first = JSON.readTree(audience.adminGet().apply(pathAndQuery)).path("items").path(0);
        if (first.isMissingNode()) throw new IllegalStateException(pathAndQuery + " listed nothing for the cold-start events");
        return first;
    }

    /** An HTTP API event with the admin's bearer token; the API's health check becomes a read of the inbox. */
    private String signedIn(String event) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(event);
        ((ObjectNode) root.path("headers")).put("authorization", "Bearer " + audience.accessToken());
        if (root.path("routeKey").asText().equals("GET /health")) {
            String stage = root.path("requestContext").path("stage").asText();
            String path = "/" + stage + API_ROUTE.substring(4);
            root.put("routeKey", API_ROUTE).put("rawPath", path).put("rawQueryString", "limit=20");
            root.putObject("queryStringParameters").put("limit", "20");
            ObjectNode context = (ObjectNode) root.path("requestContext");
            context.put("routeKey", API_ROUTE);
            ((ObjectNode) context.path("http")).put("path", path);
        }
        return JSON.writeValueAsString(root);
    }
}
