package app.parley.local;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.engines.CloudTemplate;
import app.parley.persistence.TenantSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * template.yaml's tenant-scoped access: every function that touches tenant data signs tenant requests as
 * the tenant (TENANT_DATA_ROLE_ARN, may assume only TenantScopedDataRole) and may use the tenants' own
 * KMS keys to open sealed personal fields, and no function's own role reaches the tenant table.
 */
class TenantScopedAccessTemplateTest {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    /** Functions whose code never reads a tenant item (the webhook only routes by number and queues). */
    private static final Set<String> NO_TENANT_DATA = Set.of("WebhookFunction");
    /** Functions that read and write tenant items but never personal data, so hold no tenant keys (billing, checkout). */
    private static final Set<String> NO_PERSONAL_DATA = Set.of("BillingFunction", "PaymentsFunction");
    private static final String ROLE = "TenantScopedDataRole.Arn";

    private final JsonNode resources = read().path("Resources");

    @Test
    void every_function_that_touches_tenant_data_signs_as_the_tenant_through_the_scoped_role() {
        List<String> functions = ofType("AWS::Serverless::Function");
        assertThat(functions).hasSizeGreaterThan(5);
        for (String id : functions) {
            JsonNode props = resources.path(id).path("Properties");
            if (NO_TENANT_DATA.contains(id)) {
                assertThat(props.path("Environment").path("Variables").has(TenantSessions.ROLE_ENV)).as(id).isFalse();
                continue;
            }
            assertThat(props.path("Environment").path("Variables").path(TenantSessions.ROLE_ENV).asText()).as(id).isEqualTo(ROLE);
            assertThat(texts(props.path("Policies"))).as("%s's policies", id).contains("TenantSessionsPolicy");
            if (NO_PERSONAL_DATA.contains(id)) {
                assertThat(texts(props.path("Policies"))).as("%s has no tenant keys", id).doesNotContain("TenantKeysPolicy");
                continue;
            }
            assertThat(texts(props.path("Policies"))).as("%s opens fields sealed under tenant keys", id).contains("TenantKeysPolicy");
        }
        JsonNode gateway = resources.path("GatewayTaskDefinition").path("Properties").path("ContainerDefinitions").get(0);
        assertThat(gatewayEnvironment(gateway)).containsEntry(TenantSessions.ROLE_ENV, ROLE);
        assertThat(texts(resources.path("GatewayTaskRole").path("Properties").path("ManagedPolicyArns"))).contains("TenantSessionsPolicy");
    }

    @Test
    void the_sessions_policy_assumes_only_the_tenant_scoped_role_and_only_with_a_tenant_tag() {
        JsonNode statements = resources.path("TenantSessionsPolicy").path("Properties").path("PolicyDocument").path("Statement");

        assertThat(statements).hasSize(1);
        JsonNode only = statements.get(0);
        assertThat(only.path("Effect").asText()).isEqualTo("Allow");
        assertThat(texts(only.path("Action"))).containsExactlyInAnyOrder("sts:AssumeRole", "sts:TagSession");
        assertThat(only.path("Resource").asText()).isEqualTo(ROLE);
        assertThat(only.path("Condition").path("StringLike").path("aws:RequestTag/tenant").asText()).isEqualTo("t_*");
    }

    @Test
    void no_function_or_gateway_role_reaches_the_tenant_table_or_assumes_a_role_itself() {
        List<JsonNode> policies = new ArrayList<>();
        ofType("AWS::Serverless::Function").forEach(id -> policies.add(resources.path(id).path("Properties").path("Policies")));
        policies.add(resources.path("GatewayTaskRole").path("Properties").path("Policies"));
        for (JsonNode policy : policies) {
            assertThat(policy.toString()).doesNotContain("TenantDataTable").doesNotContain("sts:");
        }
    }

    @Test
    void the_scoped_role_reaches_only_the_sessions_own_tenant_items_and_named_platform_lines() {
        JsonNode role = resources.path("TenantScopedDataRole").path("Properties");
        JsonNode trust = role.path("AssumeRolePolicyDocument").path("Statement").get(0);
        assertThat(trust.path("Condition").path("StringLike").path("aws:RequestTag/tenant").asText()).isEqualTo("t_*");

        for (JsonNode statement : role.path("Policies").get(0).path("PolicyDocument").path("Statement")) {
            String resources = statement.path("Resource").toString();
            List<String> leadingKeys = texts(statement.path("Condition").path("ForAllValues:StringLike").path("dynamodb:LeadingKeys"));
            if (resources.contains("TenantDataTable")) {
                assertThat(leadingKeys).as(statement.path("Sid").asText()).containsExactly("T#${aws:PrincipalTag/tenant}#*");
            } else if (resources.contains("PlatformTable")) {
                assertThat(leadingKeys).as(statement.path("Sid").asText()).isNotEmpty()
                        .allMatch(k -> k.startsWith("P#") && !k.equals("P#*"))
                        .anyMatch(k -> k.equals("P#TENANT#${aws:PrincipalTag/tenant}"));
                assertThat(texts(statement.path("Action"))).noneMatch(a -> a.contains("Get") || a.contains("Query") || a.contains("Scan"));
            }
        }
    }

    @Test
    void the_local_stack_keeps_its_own_credentials() {
        var local = LocalEnvironment.resolve(CloudTemplate.load(TEMPLATE, LocalStack.STACK_NAME),
                new LocalEnvironment.Endpoints(URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:2"), Map.of()),
                Map.of(), Optional.empty());

        assertThat(local.values()).doesNotContainKey(TenantSessions.ROLE_ENV);
    }

    private List<String> ofType(String type) {
        List<String> ids = new ArrayList<>();
        resources.fields().forEachRemaining(e -> { if (type.equals(e.getValue().path("Type").asText())) ids.add(e.getKey()); });
        return ids;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) texts.add(node.asText());
        else node.forEach(n -> { if (n.isTextual()) texts.add(n.asText()); });
        return texts;
    }

    private static Map<String, String> gatewayEnvironment(JsonNode container) {
        Map<String, String> env = new java.util.HashMap<>();
        container.path("Environment").forEach(e -> env.put(e.path("Name").asText(), e.path("Value").asText()));
        return env;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(TEMPLATE));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
