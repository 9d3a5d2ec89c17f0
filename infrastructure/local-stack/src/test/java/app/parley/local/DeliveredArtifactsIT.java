package app.parley.local;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.engines.CloudTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * template.yaml against what {@code mvn package} built: every function's handler is loaded from the
 * very jar its CodeUri names, in a class loader that sees nothing else, every package stays under 20 MB,
 * and every queue dead-letters.
 */
class DeliveredArtifactsIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private final CloudTemplate template = CloudTemplate.load(TEMPLATE, LocalStack.STACK_NAME);

    @Test
    void every_handler_named_in_the_template_is_a_primed_request_handler_in_its_deployment_package() throws Exception {
        assertThat(template.functions()).isNotEmpty();
        for (CloudTemplate.FunctionSpec function : template.functions()) {
            String codeUri = template.codeUri(function.logicalId()).orElseThrow(() -> new AssertionError(function.logicalId() + " has no CodeUri"));
            Path jar = TEMPLATE.getParent().resolve(codeUri);
            assertThat(jar).as("%s's CodeUri (run mvn package first)", function.logicalId()).isRegularFile();
            String[] handler = template.handler(function.logicalId()).split("::");
            try (URLClassLoader alone = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
                Class<?> type = Class.forName(handler[0], true, alone); // initialised: its loggers and statics resolve from the jar
                Class<?> requestHandler = Class.forName("com.amazonaws.services.lambda.runtime.RequestHandler", false, alone);
                Class<?> primed = Class.forName("app.parley.snapstart.Primed", false, alone);
                assertThat(requestHandler.isAssignableFrom(type)).as("%s implements RequestHandler", handler[0]).isTrue();
                assertThat(primed.isAssignableFrom(type)).as("%s registers SnapStart priming", handler[0]).isTrue();
                assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).as("%s has a public no-arg constructor", handler[0]).isTrue();
                String method = handler.length > 1 ? handler[1] : "handleRequest";
                assertThat(publicMethodsNamed(type, method)).as("%s::%s", handler[0], method).anyMatch(m -> m.getParameterCount() == 2);
            }
        }
    }

    /** Issue 11's budget: a deployment package over 20 MB (decimal, as AWS states sizes) fails the build. */
    @Test
    void every_deployment_package_named_in_the_template_is_under_20_megabytes() throws Exception {
        for (CloudTemplate.FunctionSpec function : template.functions()) {
            Path jar = TEMPLATE.getParent().resolve(template.codeUri(function.logicalId()).orElseThrow());
            assertThat(Files.size(jar)).as("%s's package %s in bytes", function.logicalId(), jar.getFileName()).isLessThan(20_000_000L);
        }
    }

    @Test
    void every_queue_has_a_dead_letter_queue_with_a_redrive_policy_and_an_alarm_on_it() throws Exception {
        List<CloudTemplate.QueueSpec> queues = template.queues();
        Set<String> deadLetterQueues = queues.stream().flatMap(q -> q.deadLetterLogicalId().stream()).collect(Collectors.toSet());
        Set<String> queueIds = queues.stream().map(CloudTemplate.QueueSpec::logicalId).collect(Collectors.toSet());
        List<String> alarmed = alarmedQueues();
        for (CloudTemplate.QueueSpec queue : queues) {
            if (deadLetterQueues.contains(queue.logicalId())) continue;
            assertThat(queue.deadLetterLogicalId()).as("%s has a RedrivePolicy", queue.logicalId()).isPresent();
            assertThat(queueIds).as("%s dead-letters to a queue of the template", queue.logicalId()).contains(queue.deadLetterLogicalId().get());
            assertThat(queue.maxReceiveCount()).as("%s maxReceiveCount", queue.logicalId()).isPositive();
        }
        assertThat(deadLetterQueues).isNotEmpty();
        assertThat(alarmed).as("dead-letter queues with a CloudWatch alarm").containsAll(deadLetterQueues);
    }

    private static List<Method> publicMethodsNamed(Class<?> type, String name) {
        List<Method> methods = new ArrayList<>();
        for (Method m : type.getMethods()) if (m.getName().equals(name)) methods.add(m);
        return methods;
    }

    /** Queues named in a QueueName dimension of an AWS::CloudWatch::Alarm. */
    private static List<String> alarmedQueues() throws Exception {
        JsonNode resources = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(TEMPLATE)).path("Resources");
        List<String> queues = new ArrayList<>();
        resources.forEach(resource -> {
            if (!"AWS::CloudWatch::Alarm".equals(resource.path("Type").asText())) return;
            resource.path("Properties").path("Dimensions").forEach(d -> {
                if ("QueueName".equals(d.path("Name").asText())) queues.add(d.path("Value").asText().replace(".QueueName", ""));
            });
        });
        return queues;
    }
}
