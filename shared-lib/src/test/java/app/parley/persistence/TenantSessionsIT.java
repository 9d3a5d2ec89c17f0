package app.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.local.engines.CloudTemplate;
import app.parley.local.engines.EmbeddedDynamo;
import app.parley.local.engines.LocalCredentials;
import app.parley.local.engines.MotoServer;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.infrastructure.DynamoPhoneNumberRoutes;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.TenantId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;

/**
 * Real repository operations for two tenants on DynamoDB Local, with tenant sessions assumed from moto_server's
 * STS: each request's SigV4 access key id shows whose credentials signed it.
 */
class TenantSessionsIT {
    private static final String ROLE = "arn:aws:iam::123456789012:role/parley-test-TenantScopedDataRole";
    private static final String BASE_KEY = LocalCredentials.PROVIDER.resolveCredentials().accessKeyId();

    private static final IssuedSessions issued = new IssuedSessions();
    private static final SignedRequests signed = new SignedRequests();
    private static MotoServer moto;
    private static EmbeddedDynamo dynamo;
    private static StsClient sts;
    private static DynamoDbClient client;
    private static Tables tables;
    private static Workload a;
    private static Workload b;

    @BeforeAll
    static void start() {
        moto = MotoServer.start();
        dynamo = EmbeddedDynamo.start(null);
        dynamo.createTables(CloudTemplate.load(CloudTemplate.locate(Path.of("")), "parley"));
        sts = StsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(LocalCredentials.PROVIDER).endpointOverride(moto.endpoint())
                .overrideConfiguration(o -> o.addExecutionInterceptor(issued)).build();
        client = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(LocalCredentials.PROVIDER).endpointOverride(dynamo.endpoint())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new TenantIsolationInterceptor(LocalTables.TENANT_TABLE))
                        .addExecutionInterceptor(signed))
                .build();
        tables = new Tables(new TenantTable(client, LocalTables.TENANT_TABLE, TenantCryptos.fromEnvironment(),
                TenantSessions.assuming(sts, ROLE)), new PlatformTable(client, LocalTables.PLATFORM_TABLE));
        a = Workload.create(tables, "sessions-a", "600000000000001");
        b = Workload.create(tables, "sessions-b", "600000000000002");
    }

    @AfterAll
    static void stop() {
        client.close();
        sts.close();
        dynamo.close();
        moto.close();
    }

    private static TenantId A() { return a.tenant().id(); }
    private static TenantId B() { return b.tenant().id(); }

    @Test
    void every_request_for_a_tenant_is_signed_with_the_keys_assumed_for_a_session_tagged_with_that_tenant() {
        for (TenantId tenant : List.of(A(), B())) {
            List<Signed> requests = signed.scopedTo(tenant);
            assertThat(requests).as("requests for %s", tenant).hasSizeGreaterThan(5);
            for (Signed request : requests) {
                Session session = issued.byAccessKey(request.accessKeyId());
                assertThat(session).as("%s for %s signed by an assumed session", request.operation(), tenant).isNotNull();
                assertThat(session.tenantTag()).isEqualTo(tenant.value());
                assertThat(session.sessionName()).isEqualTo("parley-" + tenant.value());
                assertThat(session.roleArn()).isEqualTo(ROLE);
                assertThat(request.sessionToken()).as("a session's token travels with the request").isTrue();
            }
        }
        assertThat(keysOf(signed.scopedTo(A()))).doesNotContainAnyElementsOf(keysOf(signed.scopedTo(B())));
    }

    @Test
    void platform_requests_keep_the_functions_own_credentials() {
        assertThat(new DynamoPhoneNumberRoutes(tables.platform()).tenantFor("600000000000002")).contains(B());
        assertThat(new DynamoTenants(tables).idForSlug("sessions-a")).contains(A());
        assertThat(new DynamoTenants(tables).list()).hasSizeGreaterThanOrEqualTo(2);
        List<Signed> platform = signed.unscoped();

        assertThat(platform).as("platform reads (number routes, slugs, the tenant registry)").hasSizeGreaterThanOrEqualTo(3);
        assertThat(keysOf(platform)).containsExactly(BASE_KEY);
        assertThat(platform).noneMatch(Signed::sessionToken);
    }

    @Test
    void a_transaction_that_also_writes_platform_items_is_signed_as_its_tenant() {
        List<Signed> registrations = signed.scopedTo(A()).stream().filter(s -> s.operation().equals("TransactWriteItems")).toList();

        assertThat(registrations).isNotEmpty().allSatisfy(s -> assertThat(issued.byAccessKey(s.accessKeyId()).tenantTag()).isEqualTo(A().value()));
        assertThat(registrations).anyMatch(s -> s.tables().contains(LocalTables.PLATFORM_TABLE));
    }

    @Test
    void one_session_is_assumed_per_tenant_and_reused_until_it_nears_expiry() {
        new DynamoServices(tables.tenant()).list(A());
        new DynamoOrders(tables).find(B(), b.order().id());

        assertThat(issued.all()).hasSize(2);
        assertThat(issued.all()).extracting(Session::tenantTag).containsExactlyInAnyOrder(A().value(), B().value());
    }

    @Test
    void data_written_under_a_tenant_session_reads_back_only_for_that_tenant() {
        assertThat(new DynamoServices(tables.tenant()).find(A(), a.service().id())).contains(a.service());
        assertThat(new DynamoServices(tables.tenant()).find(B(), a.service().id())).isEmpty();
        assertThat(new DynamoOrders(tables).find(B(), b.order().id())).contains(b.order());
    }

    private static Set<String> keysOf(List<Signed> requests) {
        return Set.copyOf(requests.stream().map(Signed::accessKeyId).toList());
    }

    record Session(String roleArn, String sessionName, String tenantTag) {}

    record Signed(String operation, TenantId scope, String accessKeyId, boolean sessionToken, Set<String> tables) {}

    /** What moto's STS issued: the access key id of each AssumeRole answer, with the request that asked for it. */
    static final class IssuedSessions implements ExecutionInterceptor {
        private final Map<String, Session> byKey = new ConcurrentHashMap<>();

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof AssumeRoleRequest request && context.response() instanceof AssumeRoleResponse response) {
                String tag = request.tags().stream().filter(t -> t.key().equals(TenantSessions.TAG)).map(t -> t.value()).findFirst().orElse(null);
                byKey.put(response.credentials().accessKeyId(), new Session(request.roleArn(), request.roleSessionName(), tag));
            }
        }

        Session byAccessKey(String accessKeyId) { return byKey.get(accessKeyId); }

        List<Session> all() { return List.copyOf(byKey.values()); }
    }

    /** Every DynamoDB request as sent: its tenant scope and the access key id in its SigV4 Authorization header. */
    static final class SignedRequests implements ExecutionInterceptor {
        private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/");
        private final List<Signed> requests = new CopyOnWriteArrayList<>();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            String authorization = context.httpRequest().firstMatchingHeader("Authorization").orElseThrow();
            Matcher m = CREDENTIAL.matcher(authorization);
            if (!m.find()) throw new AssertionError("not a SigV4 header: " + authorization);
            Set<String> tables = context.request() instanceof TransactWriteItemsRequest t
                    ? Set.copyOf(t.transactItems().stream().map(TenantSessionsIT::tableOf).toList()) : Set.of();
            requests.add(new Signed(context.request().getClass().getSimpleName().replace("Request", ""),
                    attributes.getAttribute(TenantScope.TENANT), m.group(1),
                    context.httpRequest().firstMatchingHeader("X-Amz-Security-Token").isPresent(), tables));
        }

        List<Signed> scopedTo(TenantId tenant) { return requests.stream().filter(r -> tenant.equals(r.scope())).toList(); }

        List<Signed> unscoped() { return requests.stream().filter(r -> r.scope() == null).toList(); }
    }

    private static String tableOf(software.amazon.awssdk.services.dynamodb.model.TransactWriteItem item) {
        if (item.put() != null) return item.put().tableName();
        if (item.update() != null) return item.update().tableName();
        if (item.delete() != null) return item.delete().tableName();
        return item.conditionCheck().tableName();
    }
}
