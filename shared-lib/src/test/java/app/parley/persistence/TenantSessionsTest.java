package app.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.tenancy.model.TenantId;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Tag;

class TenantSessionsTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/parley-dev-TenantScopedDataRole-ABC";
    private static final TenantId A = new TenantId("t_01HZX3K9Q7M2V8W4R6T5Y1N0PB");
    private static final TenantId B = new TenantId("t_01HZX3K9Q7M2V8W4R6T5Y1N0PC");

    @Test
    void a_tenant_session_is_named_after_the_tenant_and_tagged_with_it_and_nothing_else() {
        var request = TenantSessions.request(ROLE, A);

        assertThat(request.roleArn()).isEqualTo(ROLE);
        assertThat(request.roleSessionName()).isEqualTo("parley-" + A.value())
                .matches("[\\w+=,.@-]{2,64}"); // STS's RoleSessionName rule
        assertThat(request.tags()).containsExactly(Tag.builder().key("tenant").value(A.value()).build());
        assertThat(request.transitiveTagKeys()).isEmpty();
    }

    @Test
    void without_a_role_a_tenant_scope_keeps_the_clients_own_credentials() {
        var scope = TenantScope.of(A, TenantSessions.none());

        assertThat(scope.credentialsProvider()).isEmpty();
        assertThat(scope.executionAttributes().getAttribute(TenantScope.TENANT)).isEqualTo(A);
    }

    @Test
    void with_a_role_each_tenant_scope_carries_that_tenants_one_cached_session() {
        try (StsClient sts = StsClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
            TenantSessions sessions = TenantSessions.assuming(sts, ROLE);

            var first = TenantScope.of(A, sessions).credentialsProvider().orElseThrow();
            var again = TenantScope.of(A, sessions).credentialsProvider().orElseThrow();
            var other = TenantScope.of(B, sessions).credentialsProvider().orElseThrow();

            assertThat(again).isSameAs(first);
            assertThat(other).isNotSameAs(first);
            assertThat(TenantScope.of(A, sessions).executionAttributes().getAttribute(TenantScope.TENANT)).isEqualTo(A);
        }
    }
}
