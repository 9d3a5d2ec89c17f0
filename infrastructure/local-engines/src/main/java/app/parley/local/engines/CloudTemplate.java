package app.parley.local.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the resources of {@code template.yaml} that the local stack plays: tables, queues and
 * functions with their events. CloudFormation tags ({@code !Ref}, {@code !Sub}, {@code !GetAtt})
 * are read as their plain scalar; {@code ${AWS::StackName}} is replaced by the local stack name.
 */
public final class CloudTemplate {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode resources;
    private final JsonNode globals;
    private final JsonNode parameters;
    private final String stackName;

    private CloudTemplate(JsonNode root, String stackName) {
        this.resources = root.path("Resources");
        this.globals = root.path("Globals");
        this.parameters = root.path("Parameters");
        this.stackName = stackName;
    }

    public static CloudTemplate load(Path file, String stackName) {
        try {
            return new CloudTemplate(YAML.readTree(Files.readAllBytes(file)), stackName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Finds template.yaml in the given directory or the nearest parent that has one. */
    public static Path locate(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("template.yaml");
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new IllegalStateException("template.yaml not found above " + start.toAbsolutePath());
    }

    public String stackName() {
        return stackName;
    }

    public record KeyElement(String attribute, String keyType) {}

    public record IndexSpec(String name, List<KeyElement> keySchema, String projectionType) {}

    public record TableSpec(String logicalId, String name, Map<String, String> attributeTypes,
                            List<KeyElement> keySchema, List<IndexSpec> indexes, Optional<String> ttlAttribute) {}

    public record QueueSpec(String logicalId, String name, boolean fifo, boolean contentBasedDeduplication,
                            int visibilityTimeoutSeconds, Optional<String> deadLetterLogicalId, int maxReceiveCount) {}

    public sealed interface EventSpec {
        /** A route of an HTTP API; {@code authorizer} is the JWT authorizer API Gateway runs before the function. */
        record HttpRoute(String method, String path, Optional<JwtAuthorizer> authorizer) implements EventSpec {}
        record QueueTrigger(String queueLogicalId, int batchSize, boolean reportsBatchItemFailures) implements EventSpec {}
        record Schedule(String expression) implements EventSpec {}
    }

    /** An HTTP API JWT authorizer: the audiences it accepts (the issuer is the API's own JWT_ISSUER locally). */
    public record JwtAuthorizer(String name, String identitySource, List<String> audience) {}

    public record FunctionSpec(String logicalId, String handlerClass, Map<String, String> environment,
                               List<EventSpec> events) {}

    public List<TableSpec> tables() {
        List<TableSpec> tables = new ArrayList<>();
        eachResource("AWS::DynamoDB::Table", (id, props) -> {
            Map<String, String> types = new LinkedHashMap<>();
            props.path("AttributeDefinitions").forEach(a ->
                    types.put(a.path("AttributeName").asText(), a.path("AttributeType").asText()));
            List<IndexSpec> indexes = new ArrayList<>();
            props.path("GlobalSecondaryIndexes").forEach(g -> indexes.add(new IndexSpec(
                    g.path("IndexName").asText(), keySchema(g.path("KeySchema")),
                    g.path("Projection").path("ProjectionType").asText("ALL"))));
            JsonNode ttl = props.path("TimeToLiveSpecification");
            Optional<String> ttlAttribute = ttl.path("Enabled").asBoolean(false)
                    ? Optional.of(ttl.path("AttributeName").asText()) : Optional.empty();
            tables.add(new TableSpec(id, name(props.path("TableName"), id), types,
                    keySchema(props.path("KeySchema")), indexes, ttlAttribute));
        });
        return tables;
    }

    public List<QueueSpec> queues() {
        List<QueueSpec> queues = new ArrayList<>();
        eachResource("AWS::SQS::Queue", (id, props) -> {
            JsonNode redrive = props.path("RedrivePolicy");
            Optional<String> dlq = redrive.isMissingNode() ? Optional.empty()
                    : Optional.of(redrive.path("deadLetterTargetArn").asText().replace(".Arn", ""));
            queues.add(new QueueSpec(id, name(props.path("QueueName"), id), props.path("FifoQueue").asBoolean(false),
                    props.path("ContentBasedDeduplication").asBoolean(false), props.path("VisibilityTimeout").asInt(30),
                    dlq, redrive.path("maxReceiveCount").asInt(0)));
        });
        return queues;
    }

    public List<FunctionSpec> functions() {
        List<FunctionSpec> functions = new ArrayList<>();
        eachResource("AWS::Serverless::Function", (id, props) -> {
            Map<String, String> env = new LinkedHashMap<>();
            putAll(env, globals.path("Function").path("Environment").path("Variables"));
            putAll(env, props.path("Environment").path("Variables"));
            List<EventSpec> events = new ArrayList<>();
            props.path("Events").forEach(e -> event(e).ifPresent(events::add));
            String handler = props.path("Handler").asText();
            int sep = handler.indexOf("::");
            functions.add(new FunctionSpec(id, sep < 0 ? handler : handler.substring(0, sep), env, events));
        });
        return functions;
    }

    /** A function's {@code CodeUri} (its own, else the Globals'): the deployment package {@code sam build} takes. */
    public Optional<String> codeUri(String functionLogicalId) {
        JsonNode own = resources.path(functionLogicalId).path("Properties").path("CodeUri");
        JsonNode uri = own.isMissingNode() ? globals.path("Function").path("CodeUri") : own;
        return uri.isTextual() ? Optional.of(uri.asText()) : Optional.empty();
    }

    /** A function's {@code Handler} as written: {@code class::method}. */
    public String handler(String functionLogicalId) {
        return resources.path(functionLogicalId).path("Properties").path("Handler").asText();
    }

    /** True when the id names a resource of the template (how a {@code !Ref} value is recognized). */
    public boolean hasResource(String logicalId) {
        return resources.has(logicalId);
    }

    /** The default value of a template parameter, as a {@code !Ref} to it resolves when nothing overrides it. */
    public Optional<String> parameterDefault(String name) {
        JsonNode value = parameters.path(name).path("Default");
        return value.isMissingNode() ? Optional.empty() : Optional.of(value.asText());
    }

    public String resourceType(String logicalId) {
        return resources.path(logicalId).path("Type").asText();
    }

    private Optional<EventSpec> event(JsonNode e) {
        JsonNode p = e.path("Properties");
        return switch (e.path("Type").asText()) {
            case "HttpApi", "Api" -> Optional.of(new EventSpec.HttpRoute(p.path("Method").asText("ANY").toUpperCase(), p.path("Path").asText(),
                    jwtAuthorizer(p)));
            case "SQS" -> Optional.of(new EventSpec.QueueTrigger(p.path("Queue").asText().replace(".Arn", ""),
                    p.path("BatchSize").asInt(10), hasText(p.path("FunctionResponseTypes"), "ReportBatchItemFailures")));
            case "Schedule", "ScheduleV2" -> Optional.of(new EventSpec.Schedule(p.path("Schedule").asText(p.path("ScheduleExpression").asText())));
            default -> Optional.empty();
        };
    }

    /** The route's own authorizer, else its API's default one; none for {@code Authorizer: NONE} or a non-JWT authorizer. */
    private Optional<JwtAuthorizer> jwtAuthorizer(JsonNode route) {
        JsonNode auth = resources.path(route.path("ApiId").asText()).path("Properties").path("Auth");
        String name = route.path("Auth").path("Authorizer").asText(auth.path("DefaultAuthorizer").asText(""));
        JsonNode authorizer = auth.path("Authorizers").path(name);
        if (name.isEmpty() || "NONE".equals(name) || !authorizer.has("JwtConfiguration")) return Optional.empty();
        List<String> audience = new ArrayList<>();
        authorizer.path("JwtConfiguration").path("audience").forEach(a -> audience.add(a.asText()));
        return Optional.of(new JwtAuthorizer(name, authorizer.path("IdentitySource").asText("$request.header.Authorization"), audience));
    }

    private static boolean hasText(JsonNode array, String text) {
        for (JsonNode n : array) if (text.equals(n.asText())) return true;
        return false;
    }

    private static void putAll(Map<String, String> env, JsonNode variables) {
        variables.fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText()));
    }

    private static List<KeyElement> keySchema(JsonNode schema) {
        List<KeyElement> keys = new ArrayList<>();
        schema.forEach(k -> keys.add(new KeyElement(k.path("AttributeName").asText(), k.path("KeyType").asText())));
        return keys;
    }

    private String name(JsonNode nameNode, String logicalId) {
        String raw = nameNode.isMissingNode() ? stackName + "-" + logicalId : nameNode.asText();
        return raw.replace("${AWS::StackName}", stackName);
    }

    private interface ResourceVisitor {
        void visit(String logicalId, JsonNode properties);
    }

    private void eachResource(String type, ResourceVisitor visitor) {
        Iterator<Map.Entry<String, JsonNode>> it = resources.fields();
        while (it.hasNext()) {
            var entry = it.next();
            if (type.equals(entry.getValue().path("Type").asText())) {
                visitor.visit(entry.getKey(), entry.getValue().path("Properties"));
            }
        }
    }
}
